import QRCode from 'qrcode';

/** An inline SVG QR code of `url`, drawn in currentColor so it follows the colour scheme. */
export async function qrCodeSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#000000ff', light: '#ffffffff' },
  });
  // A QR code needs a light quiet zone to scan, so it keeps black on white even in dark mode.
  return svg.replace('<svg ', '<svg role="img" aria-label="本文网址的二维码" focusable="false" ');
}
