// Generated from the server's OpenAPI document by `npm run generate:api`. Do not edit: change the zod schemas
// in apps/server and regenerate (a test fails while this file is stale).
export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Service and database status
         * @description Reports whether the server can reach its database, which engine it uses, and migration state.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The service is up. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
                /** @description The database does not answer. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The current session. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description Not signed in. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with email and password
         * @description Sets an HTTP-only session cookie. After repeated wrong passwords the account is locked for a while; clients are also rate-limited per address.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Signed in. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description Invalid body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong email or password. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Locked or rate-limited; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-in-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email a one-time sign-in link
         * @description Always answers the same whether or not the address has an account, so it cannot be used to find out who is a member.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                    };
                };
            };
            responses: {
                /** @description A link was sent if the account exists. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LinkSent"];
                    };
                };
                /** @description Too many links requested. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Email is not configured. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-in-links/redeem": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with a one-time link’s token */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Signed in. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description The link is wrong, used or expired. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out of this browser */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Signed out. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-out-everywhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End every session of this account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description All sessions ended. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EndedSessions"];
                    };
                };
                /** @description Not signed in. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set or change your password
         * @description The current password is needed when one is set. Other sessions are signed out.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword?: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Password set. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Current password wrong. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Count ballots exactly, stage by stage
         * @description Counts a BLT file or JSON ballots by the chosen rules and returns every stage. Nothing is stored. Values are decimal strings at the rule’s scale. Counts run off the request thread with a time limit; without signing in, bodies are limited to 2 MB and counts to a few per minute per address.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CountRequest"];
                };
            };
            responses: {
                /** @description The result. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CountResult"];
                    };
                };
                /** @description The ballots or options are invalid (a BLT error names the line), or no ballot is valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The body is larger than the limit, which the problem names. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Too many counts from this address; Retry-After says when to try again. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The count took longer than its time limit, or every counting worker is busy. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/membership": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My membership record, offices, roles and the rolls I am on */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description My membership. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MyMembership"];
                    };
                };
                /** @description Not signed in. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download everything Caucus holds about me (JSON file) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A JSON document, sent as an attachment. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MyData"];
                    };
                };
                /** @description Not signed in. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every unit of the party (members only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The units, parents first. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UnitList"];
                    };
                };
                /** @description Not signed in. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your roles do not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such unit, member or roll. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{unitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A unit with its officers, branches and affiliated branches */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    unitId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The unit. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UnitDetail"];
                    };
                };
                /** @description Not signed in. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your roles do not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such unit, member or roll. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{unitId}/officers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a new holder of an office (ends the current term the day before) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    unitId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example secretary */
                        officeKey: string;
                        memberId: string;
                        /** @description First day of the term; today if left out. */
                        from?: string;
                    };
                };
            };
            responses: {
                /** @description The office and its new holder. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Officer"];
                    };
                };
                /** @description Unknown office or member outside the unit. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your roles do not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such unit, member or roll. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{unitId}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A unit's audit log (its officers only), newest first, redacted to the viewer */
        get: {
            parameters: {
                query?: {
                    /** @description Entries older than this id. */
                    before?: number;
                    limit?: number;
                };
                header?: never;
                path: {
                    unitId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Audit entries of the unit and every unit below it. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditLog"];
                    };
                };
                /** @description Not signed in. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your roles do not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such unit, member or roll. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{unitId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A unit's members (officers only), redacted to the viewer's role */
        get: {
            parameters: {
                query?: {
                    /** @description Name, membership number or postcode. */
                    search?: string;
                    status?: "pending" | "active" | "suspended" | "lapsed" | "resigned" | "expelled" | "deceased";
                    /** @description yes: in arrears today; no: paid up. */
                    arrears?: "yes" | "no";
                    /** @description Only this branch (inside the unit). */
                    branch?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    unitId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One page of members. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberList"];
                    };
                };
                /** @description Not signed in. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your roles do not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such unit, member or roll. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One member, redacted to the viewer (themselves, or officers covering their branch) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    memberId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The member. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberView"];
                    };
                };
                /** @description Not signed in. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your roles do not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such unit, member or roll. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{memberId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change a member's status (recorded in the audit log) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    memberId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "pending" | "active" | "suspended" | "lapsed" | "resigned" | "expelled" | "deceased";
                        /** @description When it takes effect; today if left out. */
                        on?: string;
                        note?: string;
                        /** @description The `version` the change was made from; a stale one is refused with 409. */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description The updated member. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberView"];
                    };
                };
                /** @description Invalid change. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your roles do not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such unit, member or roll. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The record changed since the version the change was made from. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{memberId}/branch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a member to another branch (blocked while they are a voter on an open roll it would take them off) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    memberId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        toBranchId: string;
                        /** @description When it takes effect; today if left out. */
                        on?: string;
                        /** @description The `version` the change was made from; a stale one is refused with 409. */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description The moved member. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberView"];
                    };
                };
                /** @description Invalid move. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your roles do not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such unit, member or roll. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Blocked by an open roll (the detail explains which), or the record changed meanwhile. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{unitId}/rolls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rolls frozen in a unit and the units below it (officers only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    unitId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The rolls, newest first. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RollList"];
                    };
                };
                /** @description Not signed in. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your roles do not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such unit, member or roll. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Freeze a unit's electorate at a date under a rule: a stored snapshot later edits do not change */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    unitId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example Parliamentary selection 2026 */
                        title: string;
                        /** @example selection.vote */
                        ruleId: string;
                        frozenAt: string;
                    };
                };
            };
            responses: {
                /** @description The frozen roll. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RollSummary"];
                    };
                };
                /** @description Unknown rule or bad date. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your roles do not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such unit, member or roll. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rolls/{rollId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One frozen roll with its lines (officers of its unit only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    rollId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The roll. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RollDetail"];
                    };
                };
                /** @description Not signed in. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your roles do not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such unit, member or roll. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rolls/{rollId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a roll when its ballot or meeting is over (branch moves are no longer blocked by it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    rollId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The closed roll. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RollSummary"];
                    };
                };
                /** @description Not signed in. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your roles do not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such unit, member or roll. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roll is already closed. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/eligibility/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rule book's eligibility rules */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The rules of the rule book in force today. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RuleList"];
                    };
                };
                /** @description Not signed in. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** "Can I vote in X, and if not, why?" for a roll or a rule at a date */
        get: {
            parameters: {
                query?: {
                    rollId?: string;
                    ruleId?: string;
                    /** @description Date to judge at; today if left out. */
                    at?: string;
                    /** @description Also require membership of this unit. */
                    unitId?: string;
                    /** @description Another member (officers only). */
                    memberId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Yes or no, with reasons. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EligibilityAnswer"];
                    };
                };
                /** @description Unknown rule or bad query. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your roles do not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such unit, member or roll. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{unitId}/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a membership CSV into a unit: a dry run shows what would change; applying is all-or-nothing
         * @description Send the CSV as text/csv, or as JSON {"csv": "..."}. Rows match members by membership number, so importing the same file again changes nothing. A file with any error imports nothing (422, with the row errors).
         */
        post: {
            parameters: {
                query?: {
                    /** @description true (default): only report; false: apply. */
                    dryRun?: "true" | "false";
                };
                header?: never;
                path: {
                    unitId: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "text/csv": string;
                    "application/json": {
                        /** @description The CSV text, header row first. */
                        csv: string;
                    };
                };
            };
            responses: {
                /** @description The plan, and whether it was applied. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportPlan"];
                    };
                };
                /** @description No CSV sent. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your roles do not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such unit, member or roll. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The file has errors; nothing was imported. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportPlan"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rule-book": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which rule-book edition the party applies from which date (national officers and administrators) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The timeline and the edition in force today. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RuleBook"];
                    };
                };
                /** @description Not signed in. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your roles do not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such unit, member or roll. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Replace the party's rule-book timeline (administrators; every server process reloads it) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        entries: {
                            /** @example labour-2021 */
                            editionId: string;
                            /** @example 2021-09-29 */
                            effectiveFrom: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description The new timeline. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RuleBook"];
                    };
                };
                /** @description Unknown edition or two editions on one day. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your roles do not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such unit, member or roll. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/results/elections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** General elections and notional result sets */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Oldest first. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ElectionListing"][];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/results/elections/{election}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** UK-wide seats, votes and shares at one election, with its hex map */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Year (2010 … 2024) or id (ge2019, notional2019, notional2005). */
                    election: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Totals (by-elections excluded) and each hex with its winner. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ElectionOverview"];
                    };
                };
                /** @description No such election; the detail lists those available. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/results/seats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find seats by name or code (for a picker), with the areas seats can be chosen by */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    boundarySet?: "2010" | "2024";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Matching seats, alphabetically. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SeatSearch"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/results/seats/{seat}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A constituency’s results at every election since 2010 */
        get: {
            parameters: {
                query?: {
                    boundarySet?: "2010" | "2024";
                };
                header?: never;
                path: {
                    seat: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description General elections and by-elections oldest first, notional results, and linked seats. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SeatHistory"];
                    };
                };
                /** @description No seat matches; the detail lists the closest names. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/results/change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sum of vote changes over a set of seats between two elections
         * @description Choose seats by nation, region, county or a list, minus exclusions. Across the 2024 boundary change the notional 2019 results stand in for 2019.
         */
        get: {
            parameters: {
                query: {
                    /** @description Year (2010 … 2024) or id (ge2019, notional2019, notional2005). */
                    from: string;
                    /** @description Year (2010 … 2024) or id (ge2019, notional2019, notional2005). */
                    to: string;
                    nation?: string;
                    region?: string;
                    county?: string;
                    /** @description Comma-separated seat codes or names. */
                    seats?: string;
                    /** @description Comma-separated seat codes or names. */
                    exclude?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Votes by party at each election and the change. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ElectionComparison"];
                    };
                };
                /** @description Unknown area, or elections that cannot be compared. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unknown election or seat; the detail lists the closest. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/results/swing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Two-party Butler swing over a seat or a set of seats */
        get: {
            parameters: {
                query: {
                    /** @description Year (2010 … 2024) or id (ge2019, notional2019, notional2005). */
                    from: string;
                    /** @description Year (2010 … 2024) or id (ge2019, notional2019, notional2005). */
                    to: string;
                    /** @description Swing from the first party to the second. */
                    parties: string;
                    nation?: string;
                    region?: string;
                    county?: string;
                    /** @description Comma-separated seat codes or names. */
                    seats?: string;
                    /** @description Comma-separated seat codes or names. */
                    exclude?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Swing in share points (0.05 = 5 points); positive means towards the second party. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AreaSwing"];
                    };
                };
                /** @description Unknown area or party. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unknown election or seat. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/results/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A party’s target seats, smallest swing needed first */
        get: {
            parameters: {
                query: {
                    party: string;
                    /** @description Year (2010 … 2024) or id (ge2019, notional2019, notional2005). */
                    election: string;
                    nation?: string;
                    region?: string;
                    county?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Seats the party did not win. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": ({
                            rank: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
                /** @description Unknown party or area. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unknown election. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/results/by-elections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every by-election since 2010 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Oldest first. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": ({
                            code: string;
                            date: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/results/by-elections/{seat}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A by-election against the previous general election, and its swing repeated nationally */
        get: {
            parameters: {
                query?: {
                    /** @description Needed when the seat had several by-elections. */
                    date?: string;
                };
                header?: never;
                path: {
                    seat: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Change, swing and the seats that would change hands. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ByElectionReport"];
                    };
                };
                /** @description No such seat or by-election; the detail lists the closest. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/results/projection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Project GB vote shares onto seats (a scenario calculator, not a forecast) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ProjectionRequest"];
                };
            };
            responses: {
                /** @description Seats per party, each constituency’s predicted shares and winner, and the spread across models. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Projection"];
                    };
                };
                /** @description Shares that are not numbers, negative, for unknown parties, or not adding up to 100. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/results/projection/baseline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The base election in the form the projection models use (for projecting in the browser) */
        get: {
            parameters: {
                query?: {
                    /** @description Year (2010 … 2024) or id (ge2019, notional2019, notional2005). */
                    election?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Seat i, party j share is shares[i × parties.length + j]. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProjectionBaseline"];
                    };
                };
                /** @description Unknown election. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/results/backtest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How each model would have done: actual shares fed into the previous election */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Per pair, model and level: predicted minus actual GB seats per party, and seats called wrongly. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": ({
                            from: number;
                            to: number;
                            model: string;
                            miscalled: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/results/hexes/{boundarySet}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Open Innovations hex map of a boundary set (© Open Innovations, CC BY 4.0) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    boundarySet: "2010" | "2024";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Layout (odd-r) and one hex per seat. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HexLayout"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Health: {
            /**
             * @description "ok" when the database answers.
             * @enum {string}
             */
            status: "ok" | "unavailable";
            /** @example 0.1.0 */
            version: string;
            uptimeSeconds: number;
            database: {
                /** @enum {string} */
                engine: "pglite" | "postgres";
                ok: boolean;
                /** @description Round trip of a trivial query. */
                latencyMs: number | null;
                /** @description Null when the database could not be asked. */
                migrations: {
                    applied: number;
                    pending: number;
                } | null;
                /** @description Why the database is unavailable. */
                error?: string;
            };
        };
        Session: {
            user: {
                id: string;
                email: string;
                displayName: string;
                memberId: string | null;
            };
            grants: {
                role: string;
                unitId: string;
            }[];
            /** @description Send in the X-CSRF-Token header on POST, PUT, PATCH and DELETE. */
            csrfToken: string;
        };
        Problem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            errors?: {
                path: string;
                message: string;
            }[];
        };
        LinkSent: {
            message: string;
        };
        EndedSessions: {
            endedSessions: number;
        };
        CountResult: {
            /**
             * @description fptp, block, referendum (yes/no/abstain), av (alternative vote), scottish (SSI 2007/42), ers97, meek (PR Foundation reference rule, as Droop’s meek-prf), meek-droop (Droop’s meek rule as stv-rs counts it).
             * @enum {string}
             */
            method: "fptp" | "block" | "referendum" | "av" | "scottish" | "ers97" | "meek" | "meek-droop";
            seats: number;
            quota: string | null;
            /** @description In order of election. */
            elected: string[];
            stages: components["schemas"]["Stage"][];
            ties: components["schemas"]["Tie"][];
            title: string | null;
            candidates: string[];
            withdrawn: string[];
            decimals: number;
            validVotes: number;
            ballots: components["schemas"]["BallotReport"];
            seed: string;
            tieProcedure: components["schemas"]["TieProcedure"];
            referendum?: components["schemas"]["ReferendumOutcome"];
            /** @description With report=droop: Droop’s and stv-rs’s text report. */
            droopReport?: string;
        };
        Stage: {
            stage: number;
            action: components["schemas"]["StageAction"];
            /** @description Decimal strings at the rule’s scale, by candidate name. */
            totals: {
                [key: string]: string;
            };
            nonTransferable: string;
            elected: string[];
            excluded: string[];
            exhausted: string;
            truncationLoss: string;
            quota: string | null;
            /** @description Meek only. */
            keepFactors?: {
                [key: string]: string;
            };
        };
        StageAction: {
            /** @enum {string} */
            type: "first";
        } | {
            /** @enum {string} */
            type: "surplus";
            candidate: string;
        } | {
            /** @enum {string} */
            type: "exclusion";
            candidate: string;
            candidates: string[];
            /** @enum {string} */
            reason: "lowest" | "bulk" | "doomed";
        } | {
            /** @enum {string} */
            type: "iteration";
            iterations: number;
            /** @enum {string} */
            outcome: "elected" | "converged" | "stable";
        };
        Tie: {
            stage: number;
            /** @enum {string} */
            what: "surplus-order" | "exclusion" | "election" | "order-elected";
            /** @enum {string} */
            by: "history" | "lot" | "tie-order" | "unresolved";
            candidates: string[];
            chosen: string[];
        };
        BallotReport: {
            cast: number;
            valid: number;
            invalid: number;
            empty: number;
            equalRanking: number;
            skippedRank: number;
            repeatedCandidate: number;
            withdrawnPreference: number;
            distinct: number;
            notes: components["schemas"]["BallotNote"][];
            notesOmitted: number;
        };
        BallotNote: {
            /** @description Line of the BLT file. */
            line?: number;
            /** @description Position in the JSON ballot list, from 1. */
            ballot?: number;
            papers: number;
            /** @enum {string} */
            issue: "equal-ranking" | "skipped-rank" | "repeated-candidate";
            rank: number;
            /** @enum {string} */
            effect: "stopped" | "invalid" | "passed-over" | "ignored" | "shared";
        };
        TieProcedure: {
            source: string;
            /** @enum {string} */
            final: "lot" | "order";
            order?: {
                /** @enum {string} */
                from: "blt" | "option" | "ballot-paper" | "draw";
                candidates: string[];
            };
        };
        ReferendumOutcome: {
            passed: boolean;
            yes: number;
            no: number;
            abstain: number;
            threshold: {
                numerator: number;
                denominator: number;
                inclusive: boolean;
            };
        };
        CountRequest: {
            /**
             * @description fptp, block, referendum (yes/no/abstain), av (alternative vote), scottish (SSI 2007/42), ers97, meek (PR Foundation reference rule, as Droop’s meek-prf), meek-droop (Droop’s meek rule as stv-rs counts it).
             * @enum {string}
             */
            method: "fptp" | "block" | "referendum" | "av" | "scottish" | "ers97" | "meek" | "meek-droop";
            /** @description Defaults to the BLT header. */
            seats?: number;
            /** @description Seed for ties broken by lot; the same seed gives the same draws. For Meek it draws the tie order before the count. */
            seed?: string | number;
            /** @description A tie order fixed before the count: every candidate who has not withdrawn, once. Ties that earlier totals leave unbroken go to the first in it, instead of to a lot. */
            tieOrder?: string[];
            /** @description AV only: exclude hopeless candidates together. */
            batchElimination?: boolean;
            /** @description meek-droop only: count each elected candidate’s surplus as at least 0 (stv-rs --force-positive-surplus). */
            positiveSurplus?: boolean;
            /** @description STV only: e.g. at least 4 women among 9 seats. */
            constraints?: {
                category: string;
                /** @description The candidates in the category. */
                members: string[];
                min?: number;
                max?: number;
            }[];
            /**
             * @description Meek only: also return the count as Droop’s and stv-rs’s text report (`droopReport`).
             * @enum {string}
             */
            report?: "droop";
            /** @description The text of a BLT file. */
            blt?: string;
            election?: components["schemas"]["ElectionInput"];
        };
        ElectionInput: {
            title?: string;
            seats: number;
            candidates: string[];
            withdrawn?: (string | number)[];
            ballots: {
                /** @description Papers with this ranking; 1 if left out. */
                weight?: number;
                /** @description Preferences in order; a list ranks candidates equal, an empty list skips a rank. */
                ranking: (string | number | (string | number)[])[];
            }[];
        };
        MyMembership: {
            member: components["schemas"]["MemberView"] | null;
            /** @description The member’s branch and every unit above it, nearest first. */
            units: components["schemas"]["Unit"][];
            offices: {
                unitId: string;
                unitName: string;
                title: string;
                from: string;
                to: string | null;
                current: boolean;
            }[];
            roles: components["schemas"]["HeldRole"][];
            rolls: {
                rollId: string;
                title: string;
                unitName: string;
                frozenAt: string;
                /** @enum {string} */
                state: "open" | "closed";
                eligible: boolean;
                reasons: components["schemas"]["EligibilityReason"][];
            }[];
            /** @description The rule-book edition in force today. */
            ruleBookTitle: string;
        };
        MemberView: {
            id: string;
            firstName: string;
            lastName: string;
            branchId: string;
            branchName: string;
            /** @enum {string} */
            status: "pending" | "active" | "suspended" | "lapsed" | "resigned" | "expelled" | "deceased";
            /** @description Field groups included: directory, membership, contact, profile, date_of_birth, ethnicity. */
            visibleGroups: ("directory" | "membership" | "contact" | "profile" | "date_of_birth" | "ethnicity")[];
            /** @description Send it back with a change; a change made from an older version is refused (409). */
            version: number;
            permissions: components["schemas"]["MemberPermissions"];
            membershipNumber?: string;
            joinedOn?: string;
            paidUpTo?: string | null;
            inArrears?: boolean;
            statusHistory?: {
                on: string;
                /** @enum {string} */
                status: "pending" | "active" | "suspended" | "lapsed" | "resigned" | "expelled" | "deceased";
                note: string | null;
            }[];
            branchHistory?: {
                on: string;
                from: string | null;
                to: string;
            }[];
            email?: string | null;
            phone?: string | null;
            addressLines?: string[];
            postcode?: string | null;
            gender?: string | null;
            /** @enum {string|null} */
            ageBand?: "under_18" | "18_to_26" | "27_to_34" | "35_to_44" | "45_to_54" | "55_to_64" | "65_plus" | null;
            tradeUnions?: {
                union: string;
                affiliateId: string | null;
                tucAffiliated: boolean;
                from: string | null;
                to: string | null;
            }[];
            consent?: {
                email: boolean;
                phone: boolean;
                sms: boolean;
                post: boolean;
            };
            dateOfBirth?: string | null;
            ethnicity?: string | null;
        };
        MemberPermissions: {
            update: boolean;
            changeStatus: boolean;
            /** @description Move to another branch within the viewer’s units. */
            moveBranch: boolean;
            checkEligibility: boolean;
            downloadData: boolean;
        };
        Unit: {
            id: string;
            /** @enum {string} */
            kind: "national" | "nation" | "region" | "clp" | "branch";
            name: string;
            parentId: string | null;
            /** @description ONS code: the 2024 constituency for a CLP. */
            gss: string | null;
        };
        HeldRole: {
            /** @enum {string} */
            role: "branch_officer" | "branch_secretary" | "clp_officer" | "clp_secretary" | "regional_officer" | "national_officer" | "admin";
            unitId: string;
            description: string;
        };
        EligibilityReason: {
            /** @enum {string} */
            kind: "status";
            passed: boolean;
            message: string;
            /** @enum {string|null} */
            status: "pending" | "active" | "suspended" | "lapsed" | "resigned" | "expelled" | "deceased" | null;
            allowed: ("pending" | "active" | "suspended" | "lapsed" | "resigned" | "expelled" | "deceased")[];
        } | {
            /** @enum {string} */
            kind: "continuous_membership";
            passed: boolean;
            message: string;
            since: string | null;
            previousSpellEnded: string | null;
            held: number;
            required: {
                amount: number;
                /** @enum {string} */
                unit: "months" | "weeks";
            };
            qualifiesOn: string | null;
        } | {
            /** @enum {string} */
            kind: "no_arrears";
            passed: boolean;
            message: string;
            paidUpTo: string | null;
            graceDays: number;
        } | {
            /** @enum {string} */
            kind: "trade_union";
            passed: boolean;
            message: string;
            /** @enum {string} */
            requirement: "any_union" | "tuc_affiliated" | "party_affiliated";
            union: string | null;
        } | {
            /** @enum {string} */
            kind: "age";
            passed: boolean;
            message: string;
            age: number | null;
            /** @enum {string|null} */
            ageBand: "under_18" | "18_to_26" | "27_to_34" | "35_to_44" | "45_to_54" | "55_to_64" | "65_plus" | null;
            minimum: number | null;
            maximumExclusive: number | null;
        } | {
            /** @enum {string} */
            kind: "unit";
            passed: boolean;
            message: string;
            unitId: string;
            branchId: string | null;
        };
        MyData: {
            about: string;
            generatedAt: string;
            account: {
                email: string;
                displayName: string;
                createdAt: string | null;
                hasPassword: boolean;
                failedSignIns: number;
                lockedUntil: string | null;
            };
            roles: {
                role: string;
                unitId: string;
            }[];
            sessions: {
                createdAt: string;
                lastSeenAt: string;
                expiresAt: string;
                userAgent: string | null;
            }[];
            member: components["schemas"]["MemberRecord"] | null;
            offices: {
                office: {
                    id: string;
                    unitId: string;
                    key: string;
                    title: string;
                    /** @enum {string} */
                    authority: "secretary" | "officer";
                };
                holder: {
                    id: string;
                    officeId: string;
                    memberId: string;
                    from: string;
                    to: string | null;
                };
            }[];
            rolls: {
                roll: {
                    id: string;
                    title: string;
                    unitId: string;
                    editionId: string;
                    ruleId: string;
                    frozenAt: string;
                    /** @enum {string} */
                    state: "open" | "closed";
                    createdAt: string;
                    createdBy: string | null;
                };
                eligible: boolean;
                reasons: components["schemas"]["EligibilityReason"][];
            }[];
            auditAboutYou: {
                at: string;
                action: string;
                unitId: string | null;
                before: components["schemas"]["JsonValue"];
                after: components["schemas"]["JsonValue"];
            }[];
        };
        MemberRecord: {
            id: string;
            firstName: string;
            lastName: string;
            branchId: string;
            /** @enum {string} */
            status: "pending" | "active" | "suspended" | "lapsed" | "resigned" | "expelled" | "deceased";
            membershipNumber: string;
            joinedOn: string;
            paidUpTo: string | null;
            statusHistory: {
                on: string;
                /** @enum {string} */
                status: "pending" | "active" | "suspended" | "lapsed" | "resigned" | "expelled" | "deceased";
                note: string | null;
            }[];
            branchHistory: {
                on: string;
                from: string | null;
                to: string;
            }[];
            email: string | null;
            phone: string | null;
            addressLines: string[];
            postcode: string | null;
            gender: string | null;
            /** @enum {string|null} */
            ageBand: "under_18" | "18_to_26" | "27_to_34" | "35_to_44" | "45_to_54" | "55_to_64" | "65_plus" | null;
            tradeUnions: {
                union: string;
                affiliateId: string | null;
                tucAffiliated: boolean;
                from: string | null;
                to: string | null;
            }[];
            consent: {
                email: boolean;
                phone: boolean;
                sms: boolean;
                post: boolean;
            };
            dateOfBirth: string | null;
            ethnicity: string | null;
        };
        JsonValue: string | number | boolean | null | (components["schemas"]["JsonValue"] | null)[] | {
            [key: string]: components["schemas"]["JsonValue"] | null;
        };
        UnitList: {
            units: components["schemas"]["Unit"][];
        };
        UnitDetail: {
            unit: components["schemas"]["Unit"];
            ancestors: components["schemas"]["Unit"][];
            children: {
                id: string;
                /** @enum {string} */
                kind: "national" | "nation" | "region" | "clp" | "branch";
                name: string;
                parentId: string | null;
                /** @description ONS code: the 2024 constituency for a CLP. */
                gss: string | null;
                members: number;
            }[];
            /** @description Members in the unit’s branches. */
            members: number;
            officers: components["schemas"]["Officer"][];
            affiliatedBranches: {
                id: string;
                name: string;
                affiliate: string;
                /** @enum {string} */
                affiliateKind: "trade_union" | "socialist_society" | "cooperative_party";
                affiliatedMembership: number;
            }[];
            /** @description The rule-book edition in force today. */
            ruleBookTitle: string;
            /** @description What the viewer may do in this unit. */
            permissions: {
                manage: boolean;
                listMembers: boolean;
                importMembers: boolean;
                assignOfficers: boolean;
                freezeRolls: boolean;
                viewRolls: boolean;
                viewAudit: boolean;
                /** @description See which rule-book edition applies from when. */
                viewRuleBook: boolean;
            };
        };
        Officer: {
            officeId: string;
            key: string;
            title: string;
            /** @enum {string} */
            authority: "secretary" | "officer";
            holder: {
                memberId: string;
                name: string;
                from: string;
                to: string | null;
            } | null;
        };
        AuditLog: {
            entries: components["schemas"]["AuditEntry"][];
        };
        AuditEntry: {
            id: string;
            at: string;
            actorUserId: string;
            actorName: string | null;
            action: string;
            unitId: string;
            unitName: string;
            subject: {
                /** @enum {string} */
                type: "member" | "unit" | "office" | "roll" | "role_grant" | "import";
                id: string;
                branchId?: string;
            };
            before: {
                [key: string]: components["schemas"]["JsonValue"];
            } | null;
            after: {
                [key: string]: components["schemas"]["JsonValue"];
            } | null;
            withheldFields: string[];
        };
        MemberList: {
            unitId: string;
            total: number;
            page: number;
            pageSize: number;
            members: components["schemas"]["MemberView"][];
        };
        RollSummary: {
            id: string;
            title: string;
            unitId: string;
            unitName: string;
            /** @description The rule-book edition in force on the freeze date. */
            editionId: string;
            ruleBookTitle: string;
            ruleId: string;
            ruleTitle: string;
            frozenAt: string;
            /** @enum {string} */
            state: "open" | "closed";
            createdAt: string;
            entries: number;
            eligible: number;
            /** @description What the viewer may do with it. */
            permissions: {
                close: boolean;
            };
        };
        RollList: {
            rolls: components["schemas"]["RollSummary"][];
        };
        RollDetail: {
            id: string;
            title: string;
            unitId: string;
            unitName: string;
            /** @description The rule-book edition in force on the freeze date. */
            editionId: string;
            ruleBookTitle: string;
            ruleId: string;
            ruleTitle: string;
            frozenAt: string;
            /** @enum {string} */
            state: "open" | "closed";
            createdAt: string;
            entries: number;
            eligible: number;
            /** @description What the viewer may do with it. */
            permissions: {
                close: boolean;
            };
            lines: {
                memberId: string;
                name: string;
                branchName: string;
                eligible: boolean;
                reasons: components["schemas"]["EligibilityReason"][] | null;
            }[];
        };
        RuleList: {
            editionId: string;
            ruleBookTitle: string;
            rules: {
                id: string;
                title: string;
                source: string;
            }[];
        };
        EligibilityAnswer: {
            memberId: string;
            memberName: string;
            question: string;
            eligible: boolean;
            onRoll: boolean | null;
            summary: string;
            reasons: components["schemas"]["EligibilityReason"][];
        };
        ImportPlan: {
            dryRun: boolean;
            applied: boolean;
            asOf: string;
            hasErrors: boolean;
            counts: {
                creates: number;
                updates: number;
                unchanged: number;
                notInFile: number;
                errors: number;
                warnings: number;
            };
            creates: {
                line: number;
                membershipNumber: string;
                name: string;
                branchName: string;
            }[];
            updates: {
                line: number;
                memberId: string;
                membershipNumber: string;
                name: string;
                changes: {
                    field: string;
                    withheld: boolean;
                    before?: components["schemas"]["JsonValue"];
                    after?: components["schemas"]["JsonValue"];
                }[];
            }[];
            /** @description True when only the first 500 creates or updates are listed. */
            truncated: boolean;
            errors: {
                /** @enum {string} */
                severity: "error" | "warning";
                line: number;
                column: string | null;
                columnNumber: number | null;
                value: string | null;
                message: string;
                fix: string;
            }[];
            warnings: {
                /** @enum {string} */
                severity: "error" | "warning";
                line: number;
                column: string | null;
                columnNumber: number | null;
                value: string | null;
                message: string;
                fix: string;
            }[];
        };
        RuleBook: {
            timeline: components["schemas"]["RuleBookTimelineEntry"][];
            /** @description The edition in force today; null before the first adopted edition. */
            inForce: {
                editionId: string;
                title: string;
            } | null;
            sections: {
                name: string;
                title: string;
                caveats: {
                    path: string;
                    note: string;
                }[];
            }[];
            /** @description Every edition Caucus knows, to choose from. */
            editions: {
                id: string;
                title: string;
                party: string;
                effectiveFrom: string;
            }[];
            permissions: {
                adopt: boolean;
            };
        };
        RuleBookTimelineEntry: {
            editionId: string;
            title: string;
            party: string;
            effectiveFrom: string;
            /** @description The last day it governs; null while it is the latest. */
            until: string | null;
            /** @description True for the edition in force today. */
            inForce: boolean;
        };
        ElectionListing: {
            id: string;
            year: number;
            kind: string;
            date: string;
        } & {
            [key: string]: unknown;
        };
        ElectionOverview: {
            year: number;
            seats: {
                [key: string]: number;
            };
            votes: {
                [key: string]: number;
            };
            validVotes: number;
            map: {
                layout: string;
                hexes: ({
                    code: string;
                } & {
                    [key: string]: unknown;
                })[];
            };
        } & {
            [key: string]: unknown;
        };
        SeatSearch: {
            seats: ({
                code: string;
                name: string;
            } & {
                [key: string]: unknown;
            })[];
        } & {
            [key: string]: unknown;
        };
        SeatHistory: {
            code: string;
            name: string;
            contests: {
                [key: string]: unknown;
            }[];
        } & {
            [key: string]: unknown;
        };
        ElectionComparison: {
            from: number;
            to: number;
            seats: string[];
            votes: {
                [key: string]: {
                    from: number;
                    to: number;
                    change: number;
                };
            };
        } & {
            [key: string]: unknown;
        };
        AreaSwing: {
            swing: number;
        } & {
            [key: string]: unknown;
        };
        ByElectionReport: {
            analysis: {
                [key: string]: unknown;
            };
            repeated: {
                [key: string]: unknown;
            };
        };
        Projection: {
            model: string;
            level: string;
            seats: {
                [key: string]: number;
            };
            constituencies: ({
                code: string;
                winner: string;
            } & {
                [key: string]: unknown;
            })[];
            spread: {
                [key: string]: {
                    min: number;
                    max: number;
                } & {
                    [key: string]: unknown;
                };
            };
        } & {
            [key: string]: unknown;
        };
        ProjectionRequest: {
            /**
             * @description Percent by party, adding up to 100 ± 0.5: "Lab=45,Con=39,…" or {"Lab":45,…}.
             * @example Lab=34,Con=24,RUK=15,LD=12,Green=7,SNP=3,Oth=5
             */
            shares: string | {
                [key: string]: number;
            };
            /**
             * @default uns
             * @enum {string}
             */
            model: "uns" | "proportional" | "transition" | "stm";
            /**
             * @default gb
             * @enum {string}
             */
            level: "gb" | "nation" | "region";
            /**
             * @description Year (2010 … 2024) or id (ge2019, notional2019, notional2005).
             * @example 2019
             */
            base?: string;
        };
        ProjectionBaseline: {
            election: string;
            parties: string[];
            seats: ({
                code: string;
            } & {
                [key: string]: unknown;
            })[];
            shares: number[];
            weights: number[];
            othersLead: number[];
        };
        HexLayout: {
            layout: string;
            hexes: {
                code: string;
                name: string;
                q: number;
                r: number;
                regionCode: string | null;
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
