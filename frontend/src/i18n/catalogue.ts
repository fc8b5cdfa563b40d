import type { en } from './en'

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> }
/** A catalogue with exactly the English one's keys; a missing or extra key fails the type-check. */
export type Catalogue<T = typeof en> = Strings<T>
