/**
 * A long deck is printed in pieces. Slidev's exporter failed on the course's 414-slide /print page (« Printing
 * failed »: it sizes the viewport to every slide at once); `scripts/print.ts` loads /print once with a one-slide
 * viewport, prints it one range of slides at a time (the others hidden) and joins the pieces, so that no single
 * print job grows with the deck.
 */

/** Consecutive ranges of at most `size` slides covering 1…total, as Slidev's range strings (`1-80`, `81-160`, …). */
export function printRanges(total: number, size: number): string[] {
  if (!Number.isInteger(total) || total < 1)
    throw new Error(`nombre de diapositives invalide : ${total}`)
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`taille de morceau invalide : ${size}`)
  const ranges: string[] = []
  for (let start = 1; start <= total; start += size) {
    const end = Math.min(total, start + size - 1)
    ranges.push(start === end ? `${start}` : `${start}-${end}`)
  }
  return ranges
}
