using Score.Web.Domain;

namespace Score.Web.Data;

/// <summary>
/// Reference data seeded by migrations. Provinces and regencies come from the idn-area-data
/// package (Kemendagri codes, 38 provinces since 2022), shipped here as embedded CSV files.
/// </summary>
public static class ReferenceData
{
    public static readonly ScoreModule[] Modules =
    [
        new()
        {
            Number = 1, NameEn = "Workplace Cooperation", NameId = "Kerja Sama di Tempat Kerja",
            DescriptionEn = "Managers and workers learn to work together: an Enterprise Improvement Team, suggestion schemes, daily meetings and 5S housekeeping. Every enterprise starts here.",
            DescriptionId = "Manajer dan pekerja belajar bekerja sama: Tim Peningkatan Perusahaan, sistem saran, rapat harian dan 5R. Setiap perusahaan memulai dari modul ini.",
        },
        new()
        {
            Number = 2, NameEn = "Quality Management", NameId = "Manajemen Kualitas",
            DescriptionEn = "Customer-focused quality: measuring defects and rejects, finding root causes and sharing quality information with workers.",
            DescriptionId = "Kualitas yang berfokus pada pelanggan: mengukur cacat dan produk tolak, mencari akar masalah dan berbagi informasi kualitas dengan pekerja.",
        },
        new()
        {
            Number = 3, NameEn = "Productivity through Cleaner Production", NameId = "Produksi Bersih",
            DescriptionEn = "Less waste, energy and materials per unit: tracking resource use and cutting costs while protecting the environment.",
            DescriptionId = "Lebih sedikit limbah, energi dan bahan per unit: mencatat penggunaan sumber daya dan menekan biaya sambil menjaga lingkungan.",
        },
        new()
        {
            Number = 4, NameEn = "Human Resource (Workforce) Management", NameId = "Manajemen Sumber Daya Manusia",
            DescriptionEn = "Recruitment, pay, working time, skills and communication that keep good workers and lower absenteeism and turnover.",
            DescriptionId = "Rekrutmen, pengupahan, waktu kerja, keterampilan dan komunikasi yang mempertahankan pekerja baik serta menekan absensi dan pergantian pekerja.",
        },
        new()
        {
            Number = 5, NameEn = "Occupational Safety and Health", NameId = "Keselamatan dan Kesehatan Kerja (K3)",
            DescriptionEn = "A safe and healthy workplace: risk assessment, a safety committee, accident records and prevention.",
            DescriptionId = "Tempat kerja yang aman dan sehat: penilaian risiko, panitia K3, pencatatan dan pencegahan kecelakaan.",
        },
    ];

    public static readonly Sector[] Sectors =
    [
        new() { Id = 1, Code = "food", NameEn = "Food and beverages", NameId = "Makanan dan minuman" },
        new() { Id = 2, Code = "garment", NameEn = "Garments and textiles", NameId = "Garmen dan tekstil" },
        new() { Id = 3, Code = "furniture", NameEn = "Furniture and wood products", NameId = "Mebel dan produk kayu" },
        new() { Id = 4, Code = "metal", NameEn = "Metal and automotive parts", NameId = "Logam dan komponen otomotif" },
        new() { Id = 5, Code = "handicraft", NameEn = "Handicrafts", NameId = "Kerajinan tangan" },
        new() { Id = 6, Code = "leather", NameEn = "Leather and footwear", NameId = "Kulit dan alas kaki" },
        new() { Id = 7, Code = "chemicals", NameEn = "Chemicals, plastics and rubber", NameId = "Kimia, plastik dan karet" },
        new() { Id = 8, Code = "agro", NameEn = "Agro-processing", NameId = "Pengolahan hasil pertanian" },
        new() { Id = 9, Code = "hospitality", NameEn = "Hotels and restaurants", NameId = "Hotel dan restoran" },
        new() { Id = 10, Code = "creative", NameEn = "Creative industries", NameId = "Industri kreatif" },
        new() { Id = 11, Code = "trade", NameEn = "Trade and retail", NameId = "Perdagangan dan ritel" },
        new() { Id = 12, Code = "services", NameEn = "Other services", NameId = "Jasa lainnya" },
        new() { Id = 13, Code = "other-manufacturing", NameEn = "Other manufacturing", NameId = "Manufaktur lainnya" },
    ];

    public static readonly PartnerKind[] PartnerKinds =
    [
        new() { Id = 1, Code = "business-association", NameEn = "Business association", NameId = "Asosiasi bisnis" },
        new() { Id = 2, Code = "consultancy", NameEn = "Consultancy", NameId = "Konsultan" },
        new() { Id = 3, Code = "university", NameEn = "University", NameId = "Universitas" },
        new() { Id = 4, Code = "polytechnic", NameEn = "Polytechnic", NameId = "Politeknik" },
        new() { Id = 5, Code = "vocational-centre", NameEn = "Public vocational training centre", NameId = "Balai latihan kerja pemerintah" },
        new() { Id = 6, Code = "training-provider", NameEn = "Training provider", NameId = "Lembaga pelatihan" },
    ];

    public static readonly Kpi[] Kpis =
    [
        new() { Code = "output_per_worker_hour", SortOrder = 1, NameEn = "Output per worker-hour", NameId = "Output per jam kerja", UnitEn = "units per worker-hour", UnitId = "unit per jam kerja", Kind = KpiKind.Measure },
        new() { Code = "reject_rate", SortOrder = 2, NameEn = "Defect or reject rate", NameId = "Tingkat cacat atau tolak", UnitEn = "% of output", UnitId = "% dari output", Kind = KpiKind.Percent },
        new() { Code = "production_cost", SortOrder = 3, NameEn = "Production cost", NameId = "Biaya produksi", UnitEn = "rupiah per month", UnitId = "rupiah per bulan", Kind = KpiKind.Rupiah },
        new() { Code = "energy_use", SortOrder = 4, NameEn = "Energy use", NameId = "Pemakaian energi", UnitEn = "kWh per month", UnitId = "kWh per bulan", Kind = KpiKind.Measure },
        new() { Code = "absenteeism", SortOrder = 5, NameEn = "Absenteeism", NameId = "Tingkat absensi", UnitEn = "% of working days", UnitId = "% hari kerja", Kind = KpiKind.Percent },
        new() { Code = "labour_turnover", SortOrder = 6, NameEn = "Labour turnover", NameId = "Pergantian pekerja", UnitEn = "% of workers per year", UnitId = "% pekerja per tahun", Kind = KpiKind.Percent },
        new() { Code = "accidents", SortOrder = 7, NameEn = "Accidents", NameId = "Kecelakaan kerja", UnitEn = "per month", UnitId = "per bulan", Kind = KpiKind.Count },
        new() { Code = "suggestions_made", SortOrder = 8, NameEn = "Worker suggestions made", NameId = "Saran pekerja diajukan", UnitEn = "per month", UnitId = "per bulan", Kind = KpiKind.Count },
        new() { Code = "suggestions_implemented", SortOrder = 9, NameEn = "Worker suggestions implemented", NameId = "Saran pekerja diterapkan", UnitEn = "per month", UnitId = "per bulan", Kind = KpiKind.Count },
        new() { Code = "cost_savings", SortOrder = 10, NameEn = "Cost savings", NameId = "Penghematan biaya", UnitEn = "rupiah per month", UnitId = "rupiah per bulan", Kind = KpiKind.Rupiah },
    ];

    public static readonly ChecklistItem[] Checklist =
    [
        new() { Id = 101, ModuleNumber = 1, TextEn = "A worker suggestion scheme is in place", TextId = "Ada sistem saran dari pekerja" },
        new() { Id = 102, ModuleNumber = 1, TextEn = "Short daily meetings of managers and workers", TextId = "Rapat harian singkat manajer dan pekerja" },
        new() { Id = 103, ModuleNumber = 1, TextEn = "5S housekeeping is practised", TextId = "5R (ringkas, rapi, resik, rawat, rajin) dijalankan" },
        new() { Id = 104, ModuleNumber = 1, TextEn = "An Enterprise Improvement Team meets regularly", TextId = "Tim Peningkatan Perusahaan rutin bertemu" },
        new() { Id = 201, ModuleNumber = 2, TextEn = "Quality information is shared with workers", TextId = "Informasi kualitas dibagikan kepada pekerja" },
        new() { Id = 202, ModuleNumber = 2, TextEn = "Defects and rejects are recorded", TextId = "Produk cacat dan tolak dicatat" },
        new() { Id = 203, ModuleNumber = 2, TextEn = "Customer complaints are recorded and followed up", TextId = "Keluhan pelanggan dicatat dan ditindaklanjuti" },
        new() { Id = 301, ModuleNumber = 3, TextEn = "Waste is measured and tracked", TextId = "Limbah diukur dan dipantau" },
        new() { Id = 302, ModuleNumber = 3, TextEn = "Energy use is tracked", TextId = "Pemakaian energi dipantau" },
        new() { Id = 303, ModuleNumber = 3, TextEn = "Simple production planning is used", TextId = "Perencanaan produksi sederhana digunakan" },
        new() { Id = 401, ModuleNumber = 4, TextEn = "Written job descriptions exist", TextId = "Ada uraian tugas tertulis" },
        new() { Id = 402, ModuleNumber = 4, TextEn = "Absenteeism and turnover are tracked", TextId = "Absensi dan pergantian pekerja dipantau" },
        new() { Id = 403, ModuleNumber = 4, TextEn = "There is a plan for workers' skills", TextId = "Ada rencana pengembangan keterampilan pekerja" },
        new() { Id = 501, ModuleNumber = 5, TextEn = "A safety committee (P2K3) is active", TextId = "Panitia K3 (P2K3) aktif" },
        new() { Id = 502, ModuleNumber = 5, TextEn = "Workplace risks are assessed", TextId = "Risiko di tempat kerja dinilai" },
        new() { Id = 503, ModuleNumber = 5, TextEn = "Accidents and near misses are recorded", TextId = "Kecelakaan dan hampir celaka dicatat" },
        new() { Id = 504, ModuleNumber = 5, TextEn = "Personal protective equipment is provided and used", TextId = "APD disediakan dan digunakan" },
    ];

    public static readonly Province[] Provinces =
        ReadCsv("provinces.csv").Select(f => new Province { Code = f[0], Name = f[1] }).ToArray();

    public static readonly Regency[] Regencies =
        ReadCsv("regencies.csv").Select(f => new Regency { Code = f[0], ProvinceCode = f[1], Name = f[2] }).ToArray();

    private static List<string[]> ReadCsv(string fileName)
    {
        var assembly = typeof(ReferenceData).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Missing embedded resource {resource}");
        using var reader = new StreamReader(stream);
        reader.ReadLine(); // header
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }
            // The files have no quoted fields: names contain no commas.
            rows.Add(line.Split(',').Select(f => f.Trim()).ToArray());
        }
        return rows;
    }
}
