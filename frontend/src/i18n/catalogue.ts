import type { en } from './en'

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> }
/** Every catalogue has exactly the English catalogue's keys; a missing or extra key fails the type-check. */
export type Catalogue = Strings<typeof en>
