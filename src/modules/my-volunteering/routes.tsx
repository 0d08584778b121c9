import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../app.js';
import { contentDisposition, datedFileName } from '../../platform/export.js';
import { sendPage } from '../../platform/page.js';
import { myDataArchive, myVolunteering } from './service.js';
import { MyVolunteeringPage } from './views/my-volunteering-page.js';

const signedIn = { access: 'authenticated' } as const;

/** The volunteer's own overview and the "download all my data" ZIP (GDPR Art. 15 and 20). */
export function myVolunteeringRoutes({ db }: AppDeps): FastifyPluginAsync {
  return async (app) => {
    app.get('/volunteer/my-volunteering', { config: signedIn }, async (req, reply) => {
      const data = await myVolunteering(db, req.actor);
      return sendPage(req, reply, req.t('myVolunteering.title'), <MyVolunteeringPage data={data} />);
    });

    app.get('/volunteer/my-data.zip', { config: signedIn }, async (req, reply) => {
      const { zip, data } = await myDataArchive(db, req.actor);
      return reply
        .type('application/zip')
        .header('Content-Disposition', contentDisposition(datedFileName('kapocs-adataim', 'zip', new Date(data.generatedAt))))
        .header('Cache-Control', 'no-store')
        .send(Buffer.from(zip));
    });
  };
}
