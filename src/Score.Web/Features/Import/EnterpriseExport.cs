using System.Globalization;
using Col = Score.Web.Features.Import.EnterpriseColumns;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Domain;
using Score.Web.Queries;

namespace Score.Web.Features.Import;

/// <summary>Writes the filtered enterprise list, or an empty template, in the import format.</summary>
public sealed class EnterpriseExport(ScoreDbContext db, PartnerScope scope, Figures.ProgrammeFigureQueries figures)
{
    public async Task<byte[]> ExportAsync(EnterpriseListQuery query, bool csv, CancellationToken ct)
    {
        var enterprises = await EnterpriseFilter.Apply(scope.Enterprises(), query, figures)
            .OrderBy(e => e.Name).ThenBy(e => e.Id)
            .Select(e => new
            {
                Enterprise = e,
                Partner = e.Partner!.ShortName,
                Sector = e.Sector!.Code,
                People = e.People.OrderBy(p => p.Id).ToList(),
            })
            .AsNoTracking()
            .AsSplitQuery()
            .ToListAsync(ct);
        var rows = new List<Dictionary<string, object?>>();
        foreach (var item in enterprises)
        {
            var people = item.People.Count == 0 ? [null] : item.People.Cast<EnterprisePerson?>().ToList();
            rows.AddRange(people.Select(person => Row(item.Enterprise, item.Partner, item.Sector, person)));
        }
        return Write(rows, csv);
    }

    public async Task<byte[]> TemplateAsync(bool csv, CancellationToken ct)
    {
        var example = new Dictionary<string, object?>
        {
            [Col.ScoreId] = null, [Col.Partner] = null, [Col.Name] = "CV Contoh Mebel Jaya", [Col.Nib] = "1234567890123",
            [Col.LegalForm] = "cv", [Col.Sector] = "furniture", [Col.Province] = "33", [Col.Regency] = "33.74",
            [Col.Address] = "Jl. Pemuda No. 12", [Col.Phone] = "024 355 1234", [Col.Email] = null, [Col.Owner] = "Bambang Wibowo",
            [Col.YearFounded] = "1998", [Col.WorkersWomen] = "30", [Col.WorkersMen] = "45", [Col.SalesBand] = "from2to15billion",
            [Col.Latitude] = null, [Col.Longitude] = null, [Col.Status] = "active", [Col.Notes] = null,
            [Col.PersonId] = null, [Col.PersonName] = "Siti Rahayu", [Col.PersonSex] = "F", [Col.PersonPosition] = "manager",
            [Col.PersonPhone] = "0812 1111 2222", [Col.PersonEmail] = null, [Col.PersonEit] = "yes",
        };
        var rows = new List<Dictionary<string, object?>> { Headed(example) };
        if (csv)
        {
            return Write(rows, csv: true);
        }
        var codes = new List<Dictionary<string, object?>>();
        void Add(string column, string code, string meaning) =>
            codes.Add(new() { ["Kolom / Column"] = column, ["Kode / Code"] = code, ["Arti / Meaning"] = meaning });
        foreach (var v in Enum.GetValues<LegalForm>()) { Add(Col.Get(Col.LegalForm).Header, Col.Code(v), v.ToString()); }
        foreach (var s in await db.Sectors.OrderBy(s => s.Id).ToListAsync(ct)) { Add(Col.Get(Col.Sector).Header, s.Code, $"{s.NameId} / {s.NameEn}"); }
        foreach (var v in Enum.GetValues<SalesBand>()) { Add(Col.Get(Col.SalesBand).Header, Col.Code(v), v.ToString()); }
        foreach (var v in Enum.GetValues<EnterpriseStatus>()) { Add(Col.Get(Col.Status).Header, Col.Code(v), v.ToString()); }
        Add(Col.Get(Col.PersonSex).Header, "F / P", "Perempuan / Female");
        Add(Col.Get(Col.PersonSex).Header, "M / L", "Laki-laki / Male");
        foreach (var v in Enum.GetValues<PersonPosition>()) { Add(Col.Get(Col.PersonPosition).Header, Col.Code(v), v.ToString()); }
        Add(Col.Get(Col.PersonEit).Header, "yes / ya", "");
        Add(Col.Get(Col.PersonEit).Header, "no / tidak", "");
        foreach (var p in await db.Provinces.OrderBy(p => p.Code).ToListAsync(ct)) { Add(Col.Get(Col.Province).Header, p.Code, p.Name); }
        foreach (var r in await db.Regencies.OrderBy(r => r.Code).ToListAsync(ct)) { Add(Col.Get(Col.Regency).Header, r.Code, r.Name); }
        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object> { ["Data"] = rows, ["Kode - Codes"] = codes }, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static Dictionary<string, object?> Row(Enterprise e, string partner, string sector, EnterprisePerson? p) => Headed(new()
    {
        [Col.ScoreId] = e.Id.ToString(CultureInfo.InvariantCulture),
        [Col.Partner] = partner,
        [Col.Name] = e.Name,
        [Col.Nib] = e.Nib,
        [Col.LegalForm] = Col.Code(e.LegalForm),
        [Col.Sector] = sector,
        [Col.Province] = e.ProvinceCode,
        [Col.Regency] = e.RegencyCode,
        [Col.Address] = e.Address,
        [Col.Phone] = e.Phone,
        [Col.Email] = e.Email,
        [Col.Owner] = e.OwnerName,
        [Col.YearFounded] = e.YearFounded?.ToString(CultureInfo.InvariantCulture),
        [Col.WorkersWomen] = e.WorkersWomen.ToString(CultureInfo.InvariantCulture),
        [Col.WorkersMen] = e.WorkersMen.ToString(CultureInfo.InvariantCulture),
        [Col.SalesBand] = Col.Code(e.SalesBand),
        [Col.Latitude] = Coordinates.Text(e.Latitude),
        [Col.Longitude] = Coordinates.Text(e.Longitude),
        [Col.Status] = Col.Code(e.Status),
        [Col.Notes] = e.Notes,
        [Col.PersonId] = p?.Id.ToString(CultureInfo.InvariantCulture),
        [Col.PersonName] = p?.FullName,
        [Col.PersonSex] = p is null ? null : Col.SexCode(p.Sex),
        [Col.PersonPosition] = p is null ? null : Col.Code(p.Position),
        [Col.PersonPhone] = p?.Phone,
        [Col.PersonEmail] = p?.Email,
        [Col.PersonEit] = p is null ? null : p.IsEitMember ? "yes" : "no",
    });

    /// <summary>Keys the row by the bilingual headers, in the format's column order.</summary>
    private static Dictionary<string, object?> Headed(Dictionary<string, object?> byKey) =>
        Col.All.ToDictionary(c => c.Header, c => byKey.GetValueOrDefault(c.Key));

    private static byte[] Write(List<Dictionary<string, object?>> rows, bool csv) =>
        Infrastructure.Spreadsheet.Write(rows, Col.All.Select(c => c.Header), csv);
}
