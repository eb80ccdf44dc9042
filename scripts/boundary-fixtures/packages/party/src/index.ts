export * from './units/unit';
