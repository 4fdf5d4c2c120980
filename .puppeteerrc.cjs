// Browser downloads fail on machines without internet access; set-up finds a system Chromium instead.
module.exports = { skipDownload: true };
