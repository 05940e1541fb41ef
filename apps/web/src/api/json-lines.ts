/**
 * Reads a stream of JSON lines (`application/x-ndjson`) as it arrives, handing each parsed line to
 * `onLine`; resolves when the stream ends. Blank lines are skipped.
 */
export async function readJsonLines(
  stream: ReadableStream<Uint8Array>,
  onLine: (line: unknown) => void,
): Promise<void> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const flush = (final: boolean) => {
    const lines = buffer.split('\n');
    buffer = final ? '' : (lines.pop() ?? '');
    for (const line of lines) {
      if (line.trim() !== '') onLine(JSON.parse(line));
    }
  };
  for (;;) {
    const { done, value } = await reader.read();
    buffer += decoder.decode(value, { stream: !done });
    flush(done);
    if (done) return;
  }
}
