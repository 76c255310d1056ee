import QRCode from 'qrcode';

/** A QR code as SVG markup (paths only, no styles or scripts), generated at build time. */
export function qrCodeSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
}
