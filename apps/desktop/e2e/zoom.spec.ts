import { expect, test } from './support/fixtures';

// WCAG 1.4.10 (reflow) and 1.4.4 (resize text) for the window: at 1280×720 and at 640×360 (the
// same window at 200% zoom) no page scrolls sideways — neither the document nor the content area
// between the menu and the status bar; a table may scroll inside itself — and the status bar's
// buttons stay whole on the screen.

const SIZES = [
  { width: 1280, height: 720 },
  { width: 640, height: 360 },
];

test('every page at 1280×720 and at 200% zoom: no sideways scrolling, the status bar whole', async ({
  page,
  desktopApp,
  siui,
}) => {
  const { provider, leaf } = await siui.registeredProvider();
  expect((await desktopApp.cli('activate', '--serial', provider.key, '--house', 'CAS-AB')).code).toBe(0);
  expect(
    (await desktopApp.cli('cert', 'import', '--cert', leaf.certificateFile, '--key', leaf.keyFile)).code,
  ).toBe(0);
  await page.goto(await desktopApp.launchUrl());
  await expect(page.getByTestId('header-provider')).toContainText(provider.code);
  const bar = page.getByTestId('status-bar');

  const pages: { name: string; open: () => Promise<void> }[] = [
    {
      name: 'Start',
      open: () => go('home', page.getByText('Pașii pentru transmiterea online', { exact: false })),
    },
    { name: 'Activare', open: () => go('activation', page.getByTestId('activation-wizard')) },
    { name: 'Certificat digital', open: () => go('certificate', page.getByTestId('certificate-details')) },
    { name: 'Raportări', open: () => go('reports', page.getByRole('button', { name: 'Raportare nouă' })) },
    {
      name: 'a report form',
      open: async () => {
        await go('reports', page.getByRole('button', { name: 'Raportare nouă' }));
        await page.getByRole('button', { name: 'Raportare nouă' }).click();
        await expect(page.getByTestId('report-lines')).toBeVisible();
        // The lines scroll inside their table instead of squeezing the service code to nothing.
        const service = await page.getByRole('textbox', { name: 'Cod serviciu' }).boundingBox();
        expect(service?.width ?? 0, 'the service code box').toBeGreaterThanOrEqual(150);
      },
    },
  ];
  async function go(hash: string, shown: ReturnType<typeof page.getByTestId>) {
    await page.evaluate((target) => {
      window.location.hash = `/${target}`;
    }, hash);
    await expect(shown).toBeVisible();
  }

  for (const size of SIZES) {
    await page.setViewportSize(size);
    for (const { name, open } of pages) {
      await open();
      const where = `${name} at ${size.width}×${size.height}`;
      const widths = await page.evaluate(() => {
        const root = document.documentElement;
        const main = document.querySelector('main') as HTMLElement;
        return {
          document: [root.scrollWidth, root.clientWidth],
          main: [main.scrollWidth, main.clientWidth],
        };
      });
      expect(widths.document[0], `${where}: the document's width`).toBeLessThanOrEqual(
        widths.document[1] ?? 0,
      );
      expect(widths.main[0], `${where}: the content area's width`).toBeLessThanOrEqual(widths.main[1] ?? 0);
      for (const button of ['Mesaje', 'Conectare']) {
        const control = bar.getByRole('button', { name: button });
        await expect(control, `${where}: ${button}`).toBeInViewport({ ratio: 1 });
        await control.focus();
        await expect(control).toBeFocused();
      }
      await expect(page.getByTestId('status-outbox'), `${where}: the outbox count`).toBeInViewport({
        ratio: 1,
      });
      await page.screenshot({ path: `test-results/screenshots/zoom-${size.width}-${name}.png` });
    }
  }
});
