import { useEffect } from 'react';

/** Sets the browser tab title to "<page> — Caucus". */
export function useDocumentTitle(page: string): void {
  useEffect(() => {
    document.title = page ? `${page} — Caucus` : 'Caucus';
  }, [page]);
}
