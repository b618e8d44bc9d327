/** The token the server put in the page; every request that changes something carries it in a header. */
const token = document.querySelector<HTMLMetaElement>('meta[name="edit-token"]')?.content ?? '';

export function post(path: string, body: unknown): Promise<Response> {
  return fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', 'x-edit-token': token }, body: JSON.stringify(body) });
}

export async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { 'x-edit-token': token } });
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return (await res.json()) as T;
}
