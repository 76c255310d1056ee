import QRCode from 'qrcode';

/**
 * A QR code as SVG markup (paths only, no styles or scripts), generated at build time.
 *
 * The mask pattern is fixed: choosing the best of the eight (what the library does by
 * default) took 1.4 of its 1.8 ms, for every open posting in every language. Every mask
 * is valid and decodes the same; the choice only evens out the pattern, which matters to
 * small or damaged codes, not to a 5 cm code printed on a flyer (the tests decode it).
 */
export function qrCodeSvg(text: string): Promise<string> {
  // One byte-mode segment: a URL gains nothing from the library's search for the
  // cheapest mix of modes (a shortest-path search, per code).
  return QRCode.toString([{ data: Buffer.from(text, 'utf8'), mode: 'byte' }], {
    type: 'svg',
    errorCorrectionLevel: 'M',
    maskPattern: 0,
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' },
  });
}
