/**
 * Indonesian and Malay share most of their words, and franc-min's trigram profiles take one for the
 * other: an Indonesian page was recorded as Malay ("ms") and read with Malay stopwords. The words the
 * two spell apart ("karena" / "kerana", "bahwa" / "bahawa", "uang" / "wang") settle it. Texts written
 * here.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';

const INDONESIAN = [
  'Pemerintah kota mengumumkan pada hari Senin bahwa jembatan baru di atas sungai akan dibuka bulan depan, karena pekerjaan pengecatan sudah selesai lebih cepat dari jadwal.',
  'Warga yang tinggal di dekat pasar mengatakan mereka bisa menghemat waktu dan uang, sebab perjalanan ke pusat kota sekarang hanya memakan sepuluh menit saja.',
  'Kepala dinas pekerjaan umum menambahkan bahwa biaya proyek tidak melebihi anggaran, dan jalan lama tetap terbuka untuk pejalan kaki serta pengendara sepeda.',
].join('\n');

const MALAY = [
  'Kerajaan negeri mengumumkan pada hari Isnin bahawa jambatan baharu di atas sungai akan dibuka bulan hadapan, kerana kerja mengecat telah siap lebih awal daripada jadual.',
  'Penduduk yang tinggal berhampiran pasar berkata mereka boleh menjimatkan masa dan wang, sebab perjalanan ke pusat bandar kini hanya mengambil sepuluh minit sahaja.',
  'Ketua jabatan kerja raya menambah bahawa kos projek tidak melebihi peruntukan, dan jalan lama masih dibuka kepada pejalan kaki serta penunggang basikal.',
].join('\n');

describe('language: Indonesian and Malay told apart', () => {
  it('records an Indonesian page as Indonesian, with Indonesian stopwords', () => {
    const language = detectLanguage(INDONESIAN);
    expect(language.lang).toBe('id');
    expect(language.stopwords.has('karena')).toBe(true);
  });

  it('records a Malay page as Malay', () => {
    expect(detectLanguage(MALAY).lang).toBe('ms');
  });
});
