/**
 * A JSON object read back from localStorage, or `{}` for anything else (nothing stored, invalid JSON, an array, a
 * primitive): what a learner's browser holds is never an error. Callers then validate each field they use.
 */
export function storedRecord(raw: string | null | undefined): Record<string, unknown> {
  if (!raw)
    return {}
  let value: unknown
  try {
    value = JSON.parse(raw)
  }
  catch {
    return {}
  }
  return value && typeof value === 'object' && !Array.isArray(value) ? value as Record<string, unknown> : {}
}
