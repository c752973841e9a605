import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function findService(page: Page, name: string) {
  await page.getByRole('searchbox', { name: 'Search services' }).fill(name);
  return page.getByRole('grid').getByRole('row', { name: new RegExp(name.replace(/[()]/g, '.')) }).first();
}

test('add a service, edit it, and see it in the table and the detail panel', async ({ page, cockpit }) => {
  await cockpit.open(page);
  await page.getByRole('button', { name: 'Add service' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add service' });
  await dialog.getByLabel('Name', { exact: true }).fill('Yard Management System');
  await dialog.getByLabel('Kind').selectOption({ label: 'WMS' });
  await dialog.getByLabel('Tier').selectOption('2');
  await dialog.getByLabel('Owner team').fill('DC Operations');
  await dialog.getByRole('checkbox', { name: 'DC Reno' }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toContainText('Yard Management System');

  const row = await findService(page, 'Yard Management System');
  await expect(row).toContainText('DC Operations');
  await row.click();
  const detail = page.getByRole('region', { name: 'Yard Management System' });
  await expect(detail).toContainText('DC Reno');

  await detail.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit service Yard Management System' });
  await edit.getByLabel('Owner team').fill('Yard Platform');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(row).toContainText('Yard Platform');
  expect(cockpit.session.ctx.db.prepare("SELECT owner_team FROM services WHERE name = 'Yard Management System'").pluck().get()).toBe('Yard Platform');
});

test('an empty name is refused next to the field and nothing is saved', async ({ page, cockpit }) => {
  await cockpit.open(page);
  const before = cockpit.session.ctx.db.prepare('SELECT count(*) FROM services').pluck().get();
  await page.getByRole('button', { name: 'Add service' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add service' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog).toContainText(/Name is required/);
  expect(cockpit.session.ctx.db.prepare('SELECT count(*) FROM services').pluck().get()).toBe(before);
});

test('add a dependency and see it under Depends on and Used by', async ({ page, cockpit }) => {
  await cockpit.open(page);
  const row = await findService(page, 'Slotting Optimizer');
  await row.click();
  const detail = page.getByRole('region', { name: 'Slotting Optimizer' });
  await detail.getByRole('button', { name: 'Add dependency' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add dependency' });
  const target = dialog.getByRole('combobox', { name: 'Depends on' });
  await target.fill('Demand Forec');
  await dialog.getByRole('option', { name: /Demand Forecasting/ }).click();
  await dialog.getByRole('radio', { name: /^Soft/ }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(detail.getByRole('button', { name: 'Demand Forecasting' }).or(detail.getByRole('link', { name: 'Demand Forecasting' })).first()).toBeVisible();

  const other = await findService(page, 'Demand Forecasting');
  await other.click();
  const otherDetail = page.getByRole('region', { name: 'Demand Forecasting' });
  await expect(otherDetail).toContainText('Used by');
  await expect(otherDetail).toContainText('Slotting Optimizer');
});

test('deleting a service others depend on asks first and names what breaks; cancel keeps it', async ({ page, cockpit }) => {
  await cockpit.open(page);
  const row = await findService(page, 'Inventory Sync Service');
  await row.click();
  await page.getByRole('region', { name: 'Inventory Sync Service' }).getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('alertdialog', { name: /Delete Inventory Sync Service/ });
  await expect(confirm).toContainText(/depend on Inventory Sync Service/);
  await expect(confirm).toContainText(/hard/);
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(row).toBeVisible();
  expect(cockpit.session.ctx.db.prepare("SELECT count(*) FROM services WHERE name = 'Inventory Sync Service'").pluck().get()).toBe(1);
});

test('Ctrl+Z undoes the last edit and Ctrl+Shift+Z redoes it', async ({ page, cockpit }) => {
  await cockpit.open(page);
  const tierOf = () => cockpit.session.ctx.db.prepare("SELECT tier FROM services WHERE name = 'Supplier Portal'").pluck().get();
  const original = tierOf();
  const row = await findService(page, 'Supplier Portal');
  await row.click();
  await page.getByRole('region', { name: 'Supplier Portal' }).getByRole('button', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit service Supplier Portal' });
  await dialog.getByLabel('Tier').selectOption('1');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  expect(tierOf()).toBe(1);
  await expect(page.getByRole('button', { name: /Undo/ })).toBeEnabled();
  await expect(page.getByRole('button', { name: /Undo/ })).toHaveAttribute('title', /Undo: Edit service Supplier Portal/);

  await page.getByRole('grid').click();
  await page.keyboard.press('Control+z');
  await expect.poll(tierOf).toBe(original);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(tierOf).toBe(1);
});
