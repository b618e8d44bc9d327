// fontkit comes with pdfkit (pdfmake's renderer); the tests use it to read a font independently of src/doc/fontMetrics.ts.
declare module 'fontkit' {
  export function openSync(path: string): unknown;
}
