// The floor for the page benchmarks: a bare NestJS app that renders one Handlebars page with a
// layout, no database and no middleware. The portal's pages are measured against it.
require('reflect-metadata');
const path = require('node:path');
const { Controller, Get, Module, Render } = require('@nestjs/common');
const { NestFactory } = require('@nestjs/core');

class FloorController {
  home() {
    return { title: 'Floor', items: Array.from({ length: 5 }, (_, i) => ({ name: `Item ${i + 1}` })) };
  }
}
Reflect.decorate(
  [Get('/'), Render('page')],
  FloorController.prototype,
  'home',
  Object.getOwnPropertyDescriptor(FloorController.prototype, 'home'),
);
Reflect.decorate([Controller()], FloorController);

class FloorModule {}
Reflect.decorate([Module({ controllers: [FloorController] })], FloorModule);

async function main() {
  const app = await NestFactory.create(FloorModule, { logger: ['error'] });
  app.setBaseViewsDir(path.join(__dirname, 'views'));
  app.setViewEngine('hbs');
  app.set('view options', { layout: 'layout' });
  app.set('view cache', true);
  await app.listen(Number(process.env.PORT), '127.0.0.1');
  process.stdout.write('ready\n');
}

main();
