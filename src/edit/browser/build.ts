import { getJson, post } from './api.js';
import { el } from './dom.js';
import { state } from './state.js';

/** Runs the normal build on the saved files and shows its lines as they come, then links to the outputs. */
export async function startBuild(): Promise<void> {
  const box = document.getElementById('buildlog')!;
  const lines = document.getElementById('buildlines')!;
  const outputs = document.getElementById('outputs')!;
  const trigger = document.getElementById('build') as HTMLButtonElement;
  box.hidden = false;
  outputs.replaceChildren();
  lines.textContent = state.files.some((f) => f.dirty) ? 'หมายเหตุ: สร้างจากไฟล์ที่บันทึกแล้วเท่านั้น การแก้ไขที่ยังไม่บันทึกไม่รวมอยู่ด้วย\n' : '';
  trigger.disabled = true;
  try {
    const res = await post('/api/build', {});
    if (!res.ok || !res.body) {
      lines.textContent += `สร้างไม่ได้ (${res.status})\n`;
      return;
    }
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      lines.textContent += value;
      lines.scrollTop = lines.scrollHeight;
    }
    const { files } = await getJson<{ files: string[] }>('/api/outputs');
    outputs.replaceChildren(...files.slice(0, 6).map((f) =>
      el('li', {}, el('a', { href: `/out/${f.split('/').map(encodeURIComponent).join('/')}`, target: '_blank', rel: 'noopener', title: f }, f.slice(f.lastIndexOf('/') + 1)))));
    box.dataset.done = 'true';
  } finally {
    trigger.disabled = false;
  }
}
