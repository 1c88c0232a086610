import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrCodeSvg } from '../../../src/articles/qr-code.ts';

describe('qrCodeSvg', () => {
  it('draws the QR code of the URL as accessible inline SVG', async () => {
    const url = 'https://example.org/articles/2020-03-03-telecom-resumes-work/';
    const svg = await qrCodeSvg(url);
    expect(svg.startsWith('<svg role="img" aria-label="本文网址的二维码"')).toBe(true);
    const moduleCount = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules.size;
    // Two modules of quiet zone on each side.
    expect(svg).toContain(`viewBox="0 0 ${moduleCount + 4} ${moduleCount + 4}"`);
  });
});
