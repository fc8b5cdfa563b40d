/** The two versions compared by default: the one before the latest, and the latest. */
export function defaultPair(versions: readonly number[]): [number, number] | undefined {
  const sorted = [...versions].sort((a, b) => a - b)
  if (sorted.length < 2) return undefined
  return [sorted[sorted.length - 2]!, sorted[sorted.length - 1]!]
}
