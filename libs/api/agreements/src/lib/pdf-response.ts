import { StreamableFile } from '@nestjs/common';
import { type PdfFile } from './agreements.service';

/** A PDF download: application/pdf, saved under its file name. */
export function pdfResponse(file: PdfFile): StreamableFile {
  return new StreamableFile(file.content, {
    type: 'application/pdf',
    disposition: `attachment; filename="${file.filename}"`,
    length: file.content.length,
  });
}
