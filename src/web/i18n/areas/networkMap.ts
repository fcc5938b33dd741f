// Texts of one area of the web app, Dutch first with English in the same shape (checked by the
// type). Kept apart from nl.ts/en.ts so each area's texts live beside each other.
export const networkMapNl = {
  title: '',
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const networkMapEn: Widen<typeof networkMapNl> = {
  title: '',
};
