using System.Globalization;
using Score.Web.Domain;

namespace Score.Web.Features.Import;

/// <summary>One column of the enterprise spreadsheet: its key and its header in both languages.</summary>
public sealed record Column(string Key, string Indonesian, string English, bool ExportOnly = false)
{
    /// <summary>What the template and exports write: "Nama perusahaan / Enterprise name".</summary>
    public string Header => Indonesian == English ? Indonesian : $"{Indonesian} / {English}";

    public bool Matches(string header)
    {
        var h = header.Trim();
        return string.Equals(h, Header, StringComparison.OrdinalIgnoreCase)
               || string.Equals(h, Indonesian, StringComparison.OrdinalIgnoreCase)
               || string.Equals(h, English, StringComparison.OrdinalIgnoreCase)
               || string.Equals(h, Key, StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>
/// The enterprise import and export format: one row per person, the enterprise's columns repeated
/// (or left empty) on each of its rows. Rows with the same Score ID, or with the same name and
/// regency when there is none, belong to one enterprise.
/// </summary>
public static class EnterpriseColumns
{
    public const string ScoreId = "score_id", Partner = "partner", Name = "name", Nib = "nib", LegalForm = "legal_form", Sector = "sector",
        Province = "province", Regency = "regency", Address = "address", Phone = "phone", Email = "email", Owner = "owner",
        YearFounded = "year_founded", WorkersWomen = "workers_women", WorkersMen = "workers_men", SalesBand = "sales_band",
        Latitude = "latitude", Longitude = "longitude", Status = "status", Notes = "notes",
        PersonId = "person_id", PersonName = "person_name", PersonSex = "person_sex", PersonPosition = "person_position",
        PersonPhone = "person_phone", PersonEmail = "person_email", PersonEit = "person_eit";

    /// <summary>The column holding a form field that a shared rule names (an enterprise's, or its person's).</summary>
    public static string OfField(string field, bool person) => (field, person) switch
    {
        ("Phone", true) => PersonPhone,
        ("Email", true) => PersonEmail,
        ("Phone", false) => Phone,
        ("Email", false) => Email,
        ("Nib", _) => Nib,
        ("RegencyCode", _) => Regency,
        ("YearFounded", _) => YearFounded,
        ("WorkersWomen", _) => WorkersWomen,
        ("WorkersMen", _) => WorkersMen,
        ("Latitude", _) => Latitude,
        ("Longitude", _) => Longitude,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "No import column holds this field."),
    };

    public static readonly IReadOnlyList<Column> All =
    [
        new(ScoreId, "ID Score", "Score ID"),
        new(Partner, "Mitra", "Partner", ExportOnly: true),
        new(Name, "Nama perusahaan", "Enterprise name"),
        new(Nib, "NIB", "NIB"),
        new(LegalForm, "Bentuk badan usaha", "Legal form"),
        new(Sector, "Kode sektor", "Sector code"),
        new(Province, "Kode provinsi", "Province code"),
        new(Regency, "Kode kabupaten/kota", "Regency or city code"),
        new(Address, "Alamat", "Address"),
        new(Phone, "Telepon", "Phone"),
        new(Email, "Email", "Email"),
        new(Owner, "Pemilik atau pengelola", "Owner or manager"),
        new(YearFounded, "Tahun berdiri", "Year founded"),
        new(WorkersWomen, "Pekerja perempuan", "Female workers"),
        new(WorkersMen, "Pekerja laki-laki", "Male workers"),
        new(SalesBand, "Omzet tahunan", "Annual sales"),
        new(Latitude, "Lintang", "Latitude"),
        new(Longitude, "Bujur", "Longitude"),
        new(Status, "Status", "Status"),
        new(Notes, "Catatan", "Notes"),
        new(PersonId, "ID orang", "Person ID"),
        new(PersonName, "Nama orang", "Person name"),
        new(PersonSex, "Jenis kelamin (P/L)", "Sex (F/M)"),
        new(PersonPosition, "Jabatan", "Position"),
        new(PersonPhone, "Telepon orang", "Person phone"),
        new(PersonEmail, "Email orang", "Person email"),
        new(PersonEit, "Anggota tim peningkatan", "Improvement team member"),
    ];

    public static Column Get(string key) => All.Single(c => c.Key == key);

    public static readonly IReadOnlyList<string> EnterpriseKeys =
        [Name, Nib, LegalForm, Sector, Province, Regency, Address, Phone, Email, Owner, YearFounded, WorkersWomen, WorkersMen, SalesBand, Latitude, Longitude, Status, Notes];

    public static readonly IReadOnlyList<string> PersonKeys = [PersonId, PersonName, PersonSex, PersonPosition, PersonPhone, PersonEmail, PersonEit];

    // Codes are the English enum names; common Indonesian words are accepted too.
    public static readonly IReadOnlyDictionary<string, LegalForm> LegalForms = Codes<LegalForm>(new() { ["ud"] = Domain.LegalForm.Individual, ["koperasi"] = Domain.LegalForm.Cooperative });
    public static readonly IReadOnlyDictionary<string, SalesBand> SalesBands = Codes<SalesBand>([]);
    public static readonly IReadOnlyDictionary<string, EnterpriseStatus> Statuses =
        Codes<EnterpriseStatus>(new() { ["calon"] = EnterpriseStatus.Prospect, ["aktif"] = EnterpriseStatus.Active, ["berhenti"] = EnterpriseStatus.Dropped });
    public static readonly IReadOnlyDictionary<string, Sex> Sexes = new Dictionary<string, Sex>(StringComparer.OrdinalIgnoreCase)
    {
        ["f"] = Sex.Female, ["p"] = Sex.Female, ["female"] = Sex.Female, ["perempuan"] = Sex.Female, ["w"] = Sex.Female,
        ["m"] = Sex.Male, ["l"] = Sex.Male, ["male"] = Sex.Male, ["laki-laki"] = Sex.Male,
    };
    public static readonly IReadOnlyDictionary<string, PersonPosition> Positions = Codes<PersonPosition>(new()
    {
        ["pemilik"] = Domain.PersonPosition.Owner, ["manajer"] = Domain.PersonPosition.Manager, ["penyelia"] = Domain.PersonPosition.Supervisor, ["pekerja"] = Domain.PersonPosition.Worker,
    });
    public static readonly IReadOnlyDictionary<string, bool> YesNo = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase)
    {
        ["yes"] = true, ["ya"] = true, ["y"] = true, ["1"] = true, ["true"] = true,
        ["no"] = false, ["tidak"] = false, ["n"] = false, ["t"] = false, ["0"] = false, ["false"] = false,
    };

    private static Dictionary<string, T> Codes<T>(Dictionary<string, T> extra) where T : struct, Enum
    {
        var codes = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in Enum.GetValues<T>())
        {
            codes[Code(value)] = value;
        }
        foreach (var (word, value) in extra)
        {
            codes[word] = value;
        }
        return codes;
    }

    public static string Code<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    public static string SexCode(Sex sex) => sex == Sex.Female ? "F" : "M";

    /// <summary>A cell as text: numbers from a spreadsheet come back as doubles.</summary>
    public static string Text(object? cell) => cell switch
    {
        null => "",
        double d => d.ToString("0.##########", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Infrastructure.FormulaSafe.Unquote(Convert.ToString(cell, CultureInfo.InvariantCulture) ?? "").Trim(),
    };
}
