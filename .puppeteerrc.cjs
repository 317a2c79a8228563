/** whatsapp-web.js pulls puppeteer; never download a browser at install time (use the system Chromium). */
module.exports = { skipDownload: true };
