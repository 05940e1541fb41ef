import dayjs from 'dayjs';

/** A moment as people read it in the console's language (05.10.2026 14:03 / 10/05/2026 2:03 PM). */
export function formatDateTime(iso: string): string {
  return dayjs(iso).format('L LT');
}

/** Same as `formatDateTime`, with seconds (for logs). */
export function formatDateTimeSeconds(iso: string): string {
  return dayjs(iso).format('L LTS');
}

/** A calendar day (`2027-12-31`) as people read it in the console's language (31.12.2027 / 12/31/2027). */
export function formatDate(isoDate: string): string {
  return dayjs(isoDate).format('L');
}

/** Today as a calendar day (`2026-05-10`), in the browser's time zone. */
export function todayIsoDate(): string {
  return dayjs().format('YYYY-MM-DD');
}
