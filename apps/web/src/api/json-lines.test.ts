import { describe, expect, it } from 'vitest';
import { readJsonLines } from './json-lines';

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

describe('readJsonLines', () => {
  it('hands over each line, even when the chunks cut lines and characters in two', async () => {
    const seen: unknown[] = [];
    const text = '{"a":1}\n\n{"b":"Ștefan"}\n{"c":3}';
    const bytes = new TextEncoder().encode(text);
    const cut = text.indexOf('Ș') + 1; // between the two bytes of Ș (everything before it is ASCII)
    await readJsonLines(
      new ReadableStream({
        start(controller) {
          controller.enqueue(bytes.slice(0, 3));
          controller.enqueue(bytes.slice(3, cut));
          controller.enqueue(bytes.slice(cut));
          controller.close();
        },
      }),
      (line) => seen.push(line),
    );
    expect(seen).toEqual([{ a: 1 }, { b: 'Ștefan' }, { c: 3 }]);
  });

  it('reads a stream that ends with a newline', async () => {
    const seen: unknown[] = [];
    await readJsonLines(streamOf(['{"x":1}\n', '{"x":2}\n']), (line) => seen.push(line));
    expect(seen).toEqual([{ x: 1 }, { x: 2 }]);
  });
});
