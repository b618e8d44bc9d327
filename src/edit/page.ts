/**
 * The page's HTML: a fixed shell with nothing from the plan in it. The script fills it from
 * /api/files using DOM text nodes only, so no value typed into the data can become markup.
 * The token is hexadecimal (checked by the server before it is put here).
 */
export function pageHtml(token: string): string {
  if (!/^[0-9a-f]+$/.test(token)) throw new Error('token must be hexadecimal');
  return `<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="edit-token" content="${token}">
<title>แก้ไขแผนปฏิบัติการ — ITA plan editor</title>
<link rel="stylesheet" href="/assets/style.css">
<script type="module" src="/assets/app.js"></script>
</head>
<body>
<a class="skip" href="#editor">ข้ามไปยังช่องแก้ไข</a>
<header class="bar">
  <a class="jump" href="#side">ยอดรวมและตัวอย่าง ↓</a>
  <h1>แก้ไขแผนปฏิบัติการป้องกันการทุจริต</h1>
  <span id="status" role="status" aria-live="polite"></span>
  <button id="save" type="button" disabled>บันทึก</button>
  <button id="build" type="button">สร้างเอกสารทั้งหมด</button>
</header>
<div class="layout">
  <nav id="nav" aria-label="ไฟล์และบัตรโครงการ"></nav>
  <main id="editor" tabindex="-1"><p>กำลังโหลด…</p></main>
  <aside id="side" aria-label="ยอดรวมและตัวอย่าง">
    <section id="totals"></section>
    <section id="preview" hidden><h2>ตัวอย่างบัตรโครงการ</h2><div id="preview-pages"></div></section>
    <section id="buildlog" hidden><h2>สร้างเอกสาร</h2><pre id="buildlines"></pre><ul id="outputs"></ul></section>
  </aside>
</div>
</body>
</html>
`;
}
