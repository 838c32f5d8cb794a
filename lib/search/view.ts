/** Keyboard moves in the result list: the input is position -1, results 0 … count - 1. */
export function moveFocus(current: number, key: string, count: number): number | undefined {
  if (count === 0)
    return key === 'ArrowUp' || key === 'Home' ? -1 : undefined
  switch (key) {
    case 'ArrowDown':
      return Math.min(current + 1, count - 1)
    case 'ArrowUp':
      return Math.max(current - 1, -1)
    case 'Home':
      return current < 0 ? undefined : 0
    case 'End':
      return current < 0 ? undefined : count - 1
    default:
      return undefined
  }
}

/** French count of results, with a no-break space before the colon-free phrase and inside the quotes. */
export function resultStatus(query: string, count: number, shown: number): string {
  if (!query.trim())
    return ''
  if (count === 0)
    return `Aucun résultat pour «\u00A0${query.trim()}\u00A0».`
  if (count > shown)
    return `${shown} premiers résultats sur ${count}.`
  return count === 1 ? '1 résultat.' : `${count} résultats.`
}
