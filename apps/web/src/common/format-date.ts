import dayjs from 'dayjs';

/** A moment as people read it in the console's language (05.10.2026 14:03 / 10/05/2026 2:03 PM). */
export function formatDateTime(iso: string): string {
  return dayjs(iso).format('L LT');
}

/** Same as `formatDateTime`, with seconds (for logs). */
export function formatDateTimeSeconds(iso: string): string {
  return dayjs(iso).format('L LTS');
}
