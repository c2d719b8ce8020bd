package journal

// BulkInsert lets the external tests (package journal_test, which may
// import progress) build large journals quickly.
var BulkInsert = bulkInsert
