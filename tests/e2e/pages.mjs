// Page objects: one class per route, so tests read as user steps (as in Leptos' counters
// example). Selectors use roles, labels and data-testid, never layout.

/** The speaker goal the Mentors tests and the redraw benchmarks store: valid (as in
 * tests/fixtures/store_v1.json), two focus skills, on its review step. */
export const SPEAKER_GOAL = {
  id: 'g1',
  draft: {
    aspiration: 'Become a confident speaker',
    category: 'skill',
    statement: 'Give 3 talks at local meetups by June 30, 2027',
    metric: 'talks given', baseline: '0', target: '3', unit: 'talks',
    deadline: '2027-06-30', weekly_hours: '3',
    focus_skills: ['public speaking', 'storytelling'],
    milestones: [{ title: 'First talk', target: '2027-02-01', done: '' }],
    long_term: false, template: null,
  },
  step: 4,
};

/** The Mentors page builds its first cards with the page and the rest a frame later, with
 * `aria-busy` on the list meanwhile (issue 14): counts of cards wait for the whole list. Returns
 * at once on other pages. */
export async function listComplete(page) {
  await page.locator('[data-testid="mentor-list"][aria-busy]').waitFor({ state: 'detached' });
}

export class App {
  constructor(page, base) {
    this.page = page;
    this.base = base;
  }
  async open(path = '/') {
    await this.page.goto(this.base + path);
    // A blank page can look like success: wait for the real shell.
    await this.page.getByRole('navigation', { name: 'Main' }).waitFor();
    await this.page.locator('main [data-testid^="page-"]').first().waitFor();
    await listComplete(this.page);
  }
  nav(name) {
    return this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });
  }
  async go(name) {
    await this.nav(name).click();
  }
  currentTab() {
    return this.page.locator('nav[aria-label="Main"] a[aria-current="page"]');
  }
  heading() {
    // The route's own heading (not the loading line of a lazy route, hidden once it arrives).
    return this.page.locator('main h1:not(.shell-wait, .pending-title)');
  }
  footer() {
    return this.page.locator('footer');
  }
}

export class PlanPage extends App {
  step(key) {
    return this.page.getByTestId(`step-${key}`);
  }
}

export class DataPage extends App {
  async exportJson() {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId('export').click(),
    ]);
    return download;
  }
  async deleteEverything() {
    await this.page.getByTestId('delete-all').click();
    await this.page.getByTestId('confirm-delete').click();
  }
  status() {
    return this.page.getByTestId('data-status');
  }
}

export class GoalWizard extends App {
  async startFromScratch() {
    await this.page.getByTestId('start-scratch').click();
    await this.stepTitle().waitFor();
  }
  async startFromTemplate(id) {
    await this.page.getByTestId(`template-${id}`).click();
    await this.stepTitle().waitFor();
  }
  stepTitle() {
    return this.page.locator('#step-title');
  }
  async next() {
    await this.page.getByTestId('wizard-next').click();
  }
  async back() {
    await this.page.getByTestId('wizard-back').click();
  }
  async goToStep(name) {
    await this.page.getByRole('navigation', { name: 'Goal steps' }).getByRole('button', { name, exact: true }).click();
  }
  async fill(label, value) {
    await this.page.getByLabel(label, { exact: true }).fill(value);
  }
  async chooseCategory(label) {
    await this.page.getByRole('radio', { name: new RegExp(label) }).check();
  }
  async addSkill(skill) {
    const input = this.page.getByRole('textbox', { name: 'Focus skills', exact: true });
    await input.fill(skill);
    await input.press('Enter');
  }
  verdict(letter) {
    return this.page.getByTestId(`smart-${letter}`).getAttribute('data-verdict');
  }
  milestones() {
    return this.page.getByTestId('milestone');
  }
  summary() {
    return this.page.getByTestId('goal-summary');
  }
}

export class SessionsPage extends App {
  /** Seeds storage before the app starts (call before open()). */
  async seed(state) {
    const raw = JSON.stringify({ version: 1, saved_at: 'x', data: state });
    await this.page.addInitScript((r) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('trellis.state', r);
        sessionStorage.setItem('seeded', '1');
      }
    }, raw);
  }
  tab(name) {
    return this.page.getByRole('tab', { name });
  }
  async section(name) {
    await this.tab(name).click();
    await this.page.getByTestId(`panel-${name.toLowerCase()}`).waitFor();
  }
  async fill(label, value) {
    await this.page.getByLabel(label, { exact: true }).fill(value);
  }
  scheduleRows() {
    return this.page.getByTestId('schedule-row');
  }
  cards() {
    return this.page.getByTestId('session-card');
  }
  card(n) {
    return this.cards().nth(n - 1);
  }
  async openCard(n) {
    const card = this.card(n);
    if (!(await card.locator('details').evaluate((d) => d.open))) {
      await card.locator('summary').click();
    }
    return card;
  }
  async download(testId, within = this.page) {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      within.getByTestId(testId).first().click(),
    ]);
    return download;
  }
}

/** Opens the needs on /mentors: on a phone they are a sheet behind "Refine" (on wide screens
 * they are always beside the results, and "Refine" is hidden). */
export async function openNeeds(page) {
  const refine = page.getByTestId('refine');
  await refine.waitFor({ state: 'attached' });
  if (await refine.isVisible() && (await refine.getAttribute('aria-expanded')) !== 'true') {
    await refine.click();
    await page.getByTestId('sheet-close').waitFor();
  }
}

/** Closes the phone's needs sheet if it is open (Escape), so the results take input again. */
export async function closeNeeds(page) {
  const close = page.getByTestId('sheet-close');
  if (await close.isVisible()) {
    await page.keyboard.press('Escape');
    await close.waitFor({ state: 'hidden' });
  }
}

export class MentorsPage extends App {
  async openNeeds() {
    await openNeeds(this.page);
  }
  async closeNeeds() {
    await closeNeeds(this.page);
  }
  /** Stores a state envelope, then opens /mentors (storage is per origin, so visit it first). */
  async seed(data) {
    await this.page.goto(this.base + '/');
    await this.page.evaluate((raw) => localStorage.setItem('trellis.state', raw), JSON.stringify({ version: 1, saved_at: 'x', data }));
    await this.open('/mentors');
  }
  async selectOption(label, value) {
    await this.page.getByLabel(label, { exact: true }).selectOption(value);
  }
  async addTag(label, value) {
    const input = this.page.getByRole('textbox', { name: label, exact: true });
    await input.fill(value);
    await input.press('Enter');
  }
  async addWindow(day, from, to) {
    await this.page.getByTestId('add-window').click();
    const n = await this.page.getByTestId('window-row').count();
    await this.page.getByLabel(`Day (window ${n})`).selectOption(day);
    await this.page.getByLabel(`From (window ${n})`).fill(from);
    await this.page.getByLabel(`To (window ${n})`).fill(to);
  }
  async setImportance(criterionKey, importance) {
    await this.page.getByTestId(`weight-${criterionKey}`).selectOption(importance);
  }
  cards() {
    return this.page.getByTestId('mentor-card');
  }
  async topNames(n = 3) {
    await this.cards().first().waitFor();
    return (await this.page.getByTestId('mentor-name').allInnerTexts()).slice(0, n);
  }
  resultCount() {
    return this.page.getByTestId('result-count');
  }
  async openDetail(i = 0) {
    await this.cards().nth(i).getByTestId('toggle-detail').click();
    return this.cards().nth(i).getByTestId('mentor-detail');
  }
  async shortlist(i) {
    await this.cards().nth(i).getByTestId('toggle-shortlist').click();
  }
  shortlistItems() {
    return this.page.getByTestId('shortlist-item');
  }
  async importRoster(path) {
    await this.page.getByText('Import a roster from your program').click();
    await this.page.getByTestId('roster-file').setInputFiles(path);
    await this.page.getByTestId('import-report').waitFor();
  }
  importProblems() {
    return this.page.getByTestId('import-problem');
  }
}

export class SharePage extends PlanPage {
  dialog() {
    return this.page.getByTestId('share-dialog');
  }
  async openDialog() {
    await this.page.getByTestId('share-open').click();
    await this.page.getByRole('dialog', { name: 'Share this plan as a link' }).waitFor();
    await this.page.getByTestId('share-link').waitFor();
  }
  async leaveOut(label) {
    await this.dialog().getByLabel(label, { exact: true }).uncheck();
  }
  async firstName(name) {
    await this.dialog().getByLabel('Your first name (optional)').fill(name);
  }
  link() {
    return this.page.getByTestId('share-link').inputValue();
  }
  async length() {
    return Number((await this.page.getByTestId('share-length').innerText()).match(/\d+/)[0]);
  }
  preview() {
    return this.page.getByTestId('share-preview');
  }
  qr() {
    return this.page.getByTestId('share-qr');
  }
  async copy() {
    await this.page.getByTestId('share-copy').click();
    await this.page.getByTestId('share-status').filter({ hasText: /copied|select and copy/ }).waitFor();
    return this.page.getByTestId('share-status').innerText();
  }
  async close() {
    await this.page.getByTestId('share-close').click();
  }
}

export class SharedPlanPage extends App {
  /** Opens a link (a whole URL) and waits for the plan or the error. */
  async openLink(url) {
    await this.page.goto(url);
    await this.page.locator('[data-testid="shared-plan"], [data-testid="shared-error"]').first().waitFor();
  }
  banner() {
    return this.page.getByTestId('shared-banner');
  }
  plan() {
    return this.page.getByTestId('shared-plan');
  }
  error() {
    return this.page.getByTestId('shared-error');
  }
  status() {
    return this.page.getByTestId('shared-status');
  }
  async saveCopy() {
    await this.page.getByTestId('shared-save').click();
  }
}

export class BackupImport extends DataPage {
  async importFile(name, contents) {
    await this.page.getByLabel('Backup file (.json)').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents) });
    await this.page.locator('[data-testid="import-preview"], [data-testid="import-error"]').first().waitFor();
  }
  preview() {
    return this.page.getByTestId('import-preview');
  }
  error() {
    return this.page.getByTestId('import-error');
  }
  importStatus() {
    return this.page.getByTestId('import-status');
  }
}

export class CohortPage extends App {
  async importMentors(path) {
    await this.page.getByTestId('cohort-mentor-file').setInputFiles(path);
    await this.page.getByTestId('mentor-report').waitFor();
  }
  async importMentees(path) {
    await this.page.getByTestId('cohort-mentee-file').setInputFiles(path);
    await this.page.getByTestId('mentee-report').waitFor();
  }
  async run() {
    await this.page.getByTestId('cohort-run').click();
    await this.page.getByTestId('cohort-summary').waitFor();
  }
  pairRows() {
    return this.page.getByTestId('pair-row');
  }
  unmatchedRows() {
    return this.page.getByTestId('unmatched-row');
  }
  async exportCsv() {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId('cohort-export').click(),
    ]);
    return download;
  }
}
