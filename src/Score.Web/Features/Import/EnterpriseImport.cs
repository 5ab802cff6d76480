using System.Globalization;
using Col = Score.Web.Features.Import.EnterpriseColumns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Score.Web.Data;
using Score.Web.Domain;
using Score.Web.Localization;
using Score.Web.Queries;

namespace Score.Web.Features.Import;

/// <summary>
/// Validates every row of an import file before anything is saved, with all database lookups
/// made once per file rather than once per row, then saves the whole file in one transaction.
/// </summary>
public sealed class EnterpriseImport(ScoreDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> text)
{
    private static readonly string[] RequiredColumns = [Col.Name, Col.Sector, Col.Province, Col.WorkersWomen, Col.WorkersMen];

    public async Task<ImportPlan> PlanAsync(SpreadsheetReader.Sheet sheet, int partnerId, CancellationToken ct)
    {
        var errors = new List<ImportError>();
        foreach (var missing in RequiredColumns.Where(key => !sheet.Headers.Any(h => Col.Get(key).Matches(h))))
        {
            errors.Add(new(1, ColumnName(missing), text["Import.MissingColumn"]));
        }
        if (sheet.Rows.Count == 0)
        {
            errors.Add(new(1, "", text["Import.Empty"]));
        }
        if (sheet.Rows.Count > SpreadsheetReader.MaxRows)
        {
            errors.Add(new(1, "", text["Import.TooManyRows", SpreadsheetReader.MaxRows]));
        }
        if (errors.Count > 0)
        {
            return new ImportPlan([], errors, []);
        }

        var reference = await ReferenceAsync(ct);
        var enterprises = new List<ImportedEnterprise>();
        var groups = new Dictionary<string, ImportedEnterprise>(StringComparer.OrdinalIgnoreCase);
        var invalid = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (row, values) in sheet.Rows)
        {
            var cells = new Cells(row, values, errors, text);
            var key = cells.Has(Col.ScoreId) ? "id:" + cells.Raw(Col.ScoreId) : "name:" + DuplicateCheck.NormalizedName(cells.Raw(Col.Name)) + "|" + cells.Raw(Col.Regency);
            if (!groups.TryGetValue(key, out var enterprise) && !invalid.Contains(key))
            {
                enterprise = ParseEnterprise(cells, reference);
                if (enterprise is null)
                {
                    invalid.Add(key);
                }
                else
                {
                    groups[key] = enterprise;
                    enterprises.Add(enterprise);
                }
            }
            // The person's cells are checked even when the enterprise's are wrong, so every error shows at once.
            if (ParsePerson(cells) is { } person)
            {
                enterprise?.People.Add(person);
            }
        }

        await CheckAgainstDatabaseAsync(enterprises, partnerId, errors, ct);
        var warnings = await SimilarNameWarningsAsync(enterprises, ct);
        return new ImportPlan(enterprises, errors.OrderBy(e => e.Row).ToList(), warnings);
    }

    private sealed record Reference(HashSet<string> Provinces, Dictionary<string, string> RegencyProvince, Dictionary<string, int> Sectors);

    private async Task<Reference> ReferenceAsync(CancellationToken ct) => new(
        (await db.Provinces.Select(p => p.Code).ToListAsync(ct)).ToHashSet(),
        await db.Regencies.ToDictionaryAsync(r => r.Code, r => r.ProvinceCode, ct),
        await db.Sectors.ToDictionaryAsync(s => s.Code, s => s.Id, StringComparer.OrdinalIgnoreCase, ct));

    private ImportedEnterprise? ParseEnterprise(Cells cells, Reference reference)
    {
        var before = cells.ErrorCount;
        var id = cells.OptionalInt(Col.ScoreId, 1, int.MaxValue);
        var name = cells.RequiredText(Col.Name, EnterpriseRules.NameMaxLength);
        var nib = cells.OptionalText(Col.Nib, 13);
        if (!EnterpriseRules.IsNib(nib))
        {
            cells.Error(Col.Nib, EnterpriseRules.NibFormatKey);
        }
        var legalForm = cells.Code(Col.LegalForm, Col.LegalForms) ?? Domain.LegalForm.None;
        var sector = cells.RequiredText(Col.Sector, 40);
        int sectorId = 0;
        if (sector is not null && !reference.Sectors.TryGetValue(sector, out sectorId))
        {
            cells.Error(Col.Sector, "Import.UnknownCode", sector);
        }
        var province = cells.RequiredText(Col.Province, 2);
        if (province is not null && !reference.Provinces.Contains(province))
        {
            cells.Error(Col.Province, "Import.UnknownCode", province);
        }
        var regency = cells.OptionalText(Col.Regency, 5);
        if (regency is not null
            && EnterpriseRules.CheckRegency(regency, reference.RegencyProvince.GetValueOrDefault(regency), province) is { } outside)
        {
            cells.Broken(outside);
        }
        var email = cells.OptionalText(Col.Email, EnterpriseRules.EmailMaxLength);
        var phone = cells.OptionalText(Col.Phone, EnterpriseRules.PhoneMaxLength);
        cells.Broken(EnterpriseRules.CheckContact(phone, email));
        var year = cells.OptionalInt(Col.YearFounded, EnterpriseRules.EarliestYearFounded, EnterpriseRules.LatestYearFounded);
        var women = cells.RequiredInt(Col.WorkersWomen, 0, EnterpriseRules.MaxWorkers);
        var men = cells.RequiredInt(Col.WorkersMen, 0, EnterpriseRules.MaxWorkers);
        var latitude = cells.OptionalText(Col.Latitude, 20);
        var longitude = cells.OptionalText(Col.Longitude, 20);
        cells.Broken(EnterpriseRules.Check(new EnterpriseFacts(year, women, men, latitude, longitude), clock.Today().Year));
        var enterprise = new ImportedEnterprise(
            cells.Row, id, name ?? "", nib, legalForm, sectorId, province ?? "", regency,
            cells.OptionalText(Col.Address, EnterpriseRules.AddressMaxLength), phone, email, cells.OptionalText(Col.Owner, EnterpriseRules.NameMaxLength),
            year, women ?? 0, men ?? 0,
            cells.Code(Col.SalesBand, Col.SalesBands) ?? Domain.SalesBand.Unknown, Coordinates.Parse(latitude), Coordinates.Parse(longitude),
            cells.Code(Col.Status, Col.Statuses) ?? EnterpriseStatus.Active, cells.OptionalText(Col.Notes, EnterpriseRules.NotesMaxLength), []);
        return cells.ErrorCount == before ? enterprise : null;
    }

    private static ImportedPerson? ParsePerson(Cells cells)
    {
        if (!Col.PersonKeys.Any(cells.Has))
        {
            return null;
        }
        var before = cells.ErrorCount;
        var id = cells.OptionalInt(Col.PersonId, 1, int.MaxValue);
        var name = cells.RequiredText(Col.PersonName, EnterpriseRules.NameMaxLength);
        var sex = cells.RequiredCode(Col.PersonSex, Col.Sexes);
        var position = cells.RequiredCode(Col.PersonPosition, Col.Positions);
        var phone = cells.OptionalText(Col.PersonPhone, EnterpriseRules.PhoneMaxLength);
        var email = cells.OptionalText(Col.PersonEmail, EnterpriseRules.EmailMaxLength);
        cells.Broken(EnterpriseRules.CheckContact(phone, email), person: true);
        var eit = cells.Code(Col.PersonEit, Col.YesNo) ?? false;
        return cells.ErrorCount == before ? new ImportedPerson(cells.Row, id, name!, sex!.Value, position!.Value, phone, email, eit) : null;
    }

    /// <summary>Score IDs must be this partner's; NIBs unique in the file and in the whole system.</summary>
    private async Task CheckAgainstDatabaseAsync(List<ImportedEnterprise> enterprises, int partnerId, List<ImportError> errors, CancellationToken ct)
    {
        var ids = enterprises.Where(e => e.Id is not null).Select(e => e.Id!.Value).ToList();
        var known = await db.Enterprises.Where(e => ids.Contains(e.Id) && e.PartnerId == partnerId && e.DeletedAt == null)
            .Select(e => new { e.Id, People = e.People.Select(p => p.Id).ToList() })
            .ToDictionaryAsync(e => e.Id, e => e.People.ToHashSet(), ct);
        foreach (var e in enterprises)
        {
            if (e.Id is { } id && !known.ContainsKey(id))
            {
                errors.Add(new(e.Row, ColumnName(Col.ScoreId), text["Import.UnknownEnterprise", id]));
                continue;
            }
            foreach (var p in e.People.Where(p => p.Id is not null))
            {
                if (e.Id is null || !known[e.Id.Value].Contains(p.Id!.Value))
                {
                    errors.Add(new(p.Row, ColumnName(Col.PersonId), text["Import.UnknownPerson", p.Id!.Value]));
                }
            }
        }

        foreach (var twice in enterprises.Where(e => e.Nib is not null).GroupBy(e => e.Nib).Where(g => g.Count() > 1))
        {
            var first = twice.First().Row;
            errors.AddRange(twice.Skip(1).Select(e => new ImportError(e.Row, ColumnName(Col.Nib), text["Import.NibTwice", first])));
        }
        var nibs = enterprises.Where(e => e.Nib is not null).Select(e => e.Nib!).Distinct().ToList();
        var holders = await db.Enterprises.Where(e => e.Nib != null && nibs.Contains(e.Nib))
            .Select(e => new { e.Id, Nib = e.Nib!, e.Name, e.PartnerId, e.DeletedAt })
            .ToListAsync(ct);
        foreach (var e in enterprises.Where(e => e.Nib is not null))
        {
            var holder = holders.FirstOrDefault(h => h.Nib == e.Nib && h.Id != e.Id);
            if (holder is null)
            {
                continue;
            }
            var message = holder.DeletedAt is not null ? text["Enterprise.NibTakenDeleted"]
                : holder.PartnerId == partnerId ? text["Enterprise.NibTakenOwn", holder.Name]
                : text["Enterprise.NibTakenOther"];
            errors.Add(new(e.Row, ColumnName(Col.Nib), message));
        }
    }

    private async Task<List<string>> SimilarNameWarningsAsync(List<ImportedEnterprise> enterprises, CancellationToken ct)
    {
        var fresh = enterprises.Where(e => e.Id is null && e.RegencyCode is not null).ToList();
        var regencies = fresh.Select(e => e.RegencyCode!).Distinct().ToList();
        var existing = await db.Enterprises.Where(e => e.RegencyCode != null && regencies.Contains(e.RegencyCode) && e.DeletedAt == null)
            .Select(e => new { e.Name, e.RegencyCode })
            .ToListAsync(ct);
        return fresh
            .Where(e => existing.Any(x => x.RegencyCode == e.RegencyCode && DuplicateCheck.AreSimilar(DuplicateCheck.NormalizedName(x.Name), DuplicateCheck.NormalizedName(e.Name))))
            .Select(e => text["Import.SimilarWarning", e.Row, e.Name].Value)
            .ToList();
    }

    /// <summary>Saves a valid plan in one transaction: every row, or none.</summary>
    public async Task CommitAsync(ImportPlan plan, int partnerId, CancellationToken ct)
    {
        var ids = plan.Enterprises.Where(e => e.Id is not null).Select(e => e.Id!.Value).ToList();
        var existing = await db.Enterprises.Include(e => e.People)
            .Where(e => ids.Contains(e.Id) && e.PartnerId == partnerId && e.DeletedAt == null)
            .ToDictionaryAsync(e => e.Id, ct);
        foreach (var row in plan.Enterprises)
        {
            var entity = row.Id is { } id ? existing[id] : db.Enterprises.Add(new Enterprise { PartnerId = partnerId }).Entity;
            Apply(row, entity);
            foreach (var p in row.People)
            {
                var person = p.Id is { } personId ? entity.People.Single(x => x.Id == personId) : AddPerson(entity);
                person.FullName = p.FullName;
                person.Sex = p.Sex;
                person.Position = p.Position;
                person.Phone = p.Phone;
                person.Email = p.Email;
                person.IsEitMember = p.IsEitMember;
            }
        }
        await db.SaveChangesAsync(ct);
    }

    private static EnterprisePerson AddPerson(Enterprise enterprise)
    {
        var person = new EnterprisePerson();
        enterprise.People.Add(person);
        return person;
    }

    private static void Apply(ImportedEnterprise row, Enterprise entity)
    {
        entity.Name = row.Name;
        entity.Nib = row.Nib;
        entity.LegalForm = row.LegalForm;
        entity.SectorId = row.SectorId;
        entity.ProvinceCode = row.ProvinceCode;
        entity.RegencyCode = row.RegencyCode;
        entity.Address = row.Address;
        entity.Phone = row.Phone;
        entity.Email = row.Email;
        entity.OwnerName = row.OwnerName;
        entity.YearFounded = row.YearFounded;
        entity.WorkersWomen = row.WorkersWomen;
        entity.WorkersMen = row.WorkersMen;
        entity.SalesBand = row.SalesBand;
        entity.Latitude = row.Latitude;
        entity.Longitude = row.Longitude;
        entity.Status = row.Status;
        entity.Notes = row.Notes;
        entity.DeriveSizeClass();
    }

    private static string ColumnName(string key) => Cultures.IsIndonesian ? Col.Get(key).Indonesian : Col.Get(key).English;

    /// <summary>One row's cells, reporting each problem with its row and column.</summary>
    private sealed class Cells(int row, Dictionary<string, string> values, List<ImportError> errors, IStringLocalizer text)
    {
        public int Row => row;

        public int ErrorCount => errors.Count;

        public bool Has(string key) => values.TryGetValue(key, out var v) && v.Length > 0;

        public string Raw(string key) => values.GetValueOrDefault(key) ?? "";

        public void Error(string key, string messageKey, params object[] args) =>
            errors.Add(new(row, ColumnName(key), text[messageKey, args.Length > 0 ? args : [ColumnName(key)]]));

        /// <summary>Reports the rules an enterprise or person broke at the columns that hold the fields they name.</summary>
        public void Broken(IEnumerable<RuleBreak> broken, bool person = false)
        {
            foreach (var rule in broken)
            {
                Error(Col.OfField(rule.Field, person), rule.MessageKey);
            }
        }

        public void Broken(RuleBreak rule) => Broken([rule]);

        public string? OptionalText(string key, int maxLength)
        {
            var value = Raw(key);
            if (value.Length > maxLength)
            {
                Error(key, "Import.TooLong", maxLength);
            }
            return value.Length == 0 ? null : value;
        }

        public string? RequiredText(string key, int maxLength)
        {
            if (!Has(key))
            {
                Error(key, "Import.Required");
                return null;
            }
            return OptionalText(key, maxLength);
        }

        public int? OptionalInt(string key, int min, int max)
        {
            if (!Has(key))
            {
                return null;
            }
            if (!int.TryParse(Raw(key).Replace(".", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
            {
                Error(key, "Import.NotWholeNumber", Raw(key));
                return null;
            }
            if (number < min || number > max)
            {
                Error(key, "Import.OutOfRange", min, max);
                return null;
            }
            return number;
        }

        public int? RequiredInt(string key, int min, int max)
        {
            if (!Has(key))
            {
                Error(key, "Import.Required");
                return null;
            }
            return OptionalInt(key, min, max);
        }

        public T? Code<T>(string key, IReadOnlyDictionary<string, T> codes) where T : struct
        {
            if (!Has(key))
            {
                return null;
            }
            if (codes.TryGetValue(Raw(key), out var value))
            {
                return value;
            }
            Error(key, "Import.UnknownCode", Raw(key));
            return null;
        }

        public T? RequiredCode<T>(string key, IReadOnlyDictionary<string, T> codes) where T : struct
        {
            if (!Has(key))
            {
                Error(key, "Import.Required");
                return null;
            }
            return Code(key, codes);
        }
    }
}
