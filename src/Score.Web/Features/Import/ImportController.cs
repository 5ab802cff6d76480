using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Domain;
using Score.Web.Infrastructure;
using Score.Web.Queries;

namespace Score.Web.Features.Import;

public sealed class ImportController(
    EnterpriseImport import, EnterpriseExport export, PartnerScope scope, CurrentUser me,
    ScoreDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> text) : Controller
{
    private const long MaxFileBytes = 5 * 1024 * 1024;
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [HttpGet("/enterprises/export")]
    public async Task<IActionResult> Export([FromQuery] EnterpriseListQuery query, string? format, CancellationToken ct)
    {
        var csv = format == "csv";
        var content = await export.ExportAsync(query, csv, ct);
        var name = $"score-enterprises-{clock.WibNow():yyyyMMdd-HHmm}";
        return csv ? File(content, "text/csv; charset=utf-8", name + ".csv") : File(content, XlsxType, name + ".xlsx");
    }

    [HttpGet("/enterprises/import/template")]
    public async Task<IActionResult> Template(string? format, CancellationToken ct)
    {
        if (!scope.CanRegister)
        {
            return NotFound();
        }
        var csv = format == "csv";
        var content = await export.TemplateAsync(csv, ct);
        return csv ? File(content, "text/csv; charset=utf-8", "score-enterprises-template.csv") : File(content, XlsxType, "score-enterprises-template.xlsx");
    }

    [HttpGet("/enterprises/import")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        scope.CanRegister ? await PageView(null, null, null, null, ct) : NotFound();

    [HttpPost("/enterprises/import")]
    [UploadLimit(MaxFileBytes + 64 * 1024)]
    public async Task<IActionResult> Upload(IFormFile? file, int? partnerId, CancellationToken ct)
    {
        if (!scope.CanRegister)
        {
            return NotFound();
        }
        var partner = await TargetPartnerAsync(partnerId, ct);
        if (partner is null)
        {
            ModelState.AddModelError("partnerId", text["Validation.Required", text["Field.Partner"]]);
            return await PageView(null, null, null, partnerId, ct);
        }
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", text["Import.ChooseFile"]);
            return await PageView(null, null, null, partner, ct);
        }
        var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
        if (extension is not (".xlsx" or ".csv") || file.Length > MaxFileBytes)
        {
            ModelState.AddModelError("file", text["Import.WrongFile"]);
            return await PageView(null, null, file.FileName, partner, ct);
        }

        SpreadsheetReader.Sheet sheet;
        try
        {
            await using var stream = file.OpenReadStream();
            sheet = SpreadsheetReader.Read(stream, extension == ".csv");
        }
#pragma warning disable CA1031 // Any unreadable file is the user's to fix, with a message, never a 500.
        catch (SpreadsheetTooLargeException)
        {
            ModelState.AddModelError("file", text["Import.TooLarge", SpreadsheetReader.MaxRows, SpreadsheetReader.MaxColumns]);
            return await PageView(null, null, file.FileName, partner, ct);
        }
        catch (Exception)
#pragma warning restore CA1031
        {
            ModelState.AddModelError("file", text["Import.Unreadable"]);
            return await PageView(null, null, file.FileName, partner, ct);
        }

        var plan = await import.PlanAsync(sheet, partner.Value, ct);
        if (!plan.IsValid)
        {
            return await PageView(plan, null, file.FileName, partner, ct);
        }
        await db.ImportBatches.Where(b => b.CreatedAt < clock.GetUtcNow().AddDays(-1)).ExecuteDeleteAsync(ct);
        var batch = new ImportBatch
        {
            Id = Guid.NewGuid(),
            PartnerId = partner.Value,
            UserId = me.Id!,
            FileName = Path.GetFileName(file.FileName),
            CreatedAt = clock.GetUtcNow(),
            Payload = JsonSerializer.Serialize(new StoredSheet(sheet.Rows.Select(r => new StoredRow(r.Row, r.Values)).ToList(), sheet.Headers.ToList())),
        };
        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync(ct);
        return await PageView(plan, batch.Id, batch.FileName, partner, ct);
    }

    [HttpPost("/enterprises/import/{batchId:guid}/commit")]
    public async Task<IActionResult> Commit(Guid batchId, CancellationToken ct)
    {
        var batch = await db.ImportBatches.SingleOrDefaultAsync(b => b.Id == batchId && b.UserId == me.Id, ct);
        if (batch is null || !scope.CanChange(batch.PartnerId))
        {
            return NotFound();
        }
        var stored = JsonSerializer.Deserialize<StoredSheet>(batch.Payload)!;
        var sheet = new SpreadsheetReader.Sheet(stored.Rows.Select(r => (r.Row, r.Values)).ToList(), [], stored.Headers);
        // Checked again: someone may have registered one of these NIBs since the preview.
        var plan = await import.PlanAsync(sheet, batch.PartnerId, ct);
        if (!plan.IsValid)
        {
            return await PageView(plan, null, batch.FileName, batch.PartnerId, ct);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await import.CommitAsync(plan, batch.PartnerId, ct);
            db.ImportBatches.Remove(batch);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another user saved a clashing record in the meantime; the transaction saved none of the file.
            this.Flash(FlashKind.Danger, text["Import.Failed"]);
            return Redirect("/enterprises/import");
        }
        this.Flash(FlashKind.Success, text["Import.Done", plan.NewEnterprises, plan.UpdatedEnterprises, plan.NewPeople, plan.UpdatedPeople]);
        return Redirect("/enterprises");
    }

    private async Task<int?> TargetPartnerAsync(int? requested, CancellationToken ct)
    {
        var id = scope.PartnerForNewRecord(requested);
        return await db.Partners.AnyAsync(p => p.Id == id, ct) ? id : null;
    }

    private async Task<IActionResult> PageView(ImportPlan? plan, Guid? batchId, string? fileName, int? partnerId, CancellationToken ct) =>
        View("Index", new ImportPage(plan, batchId, fileName, scope.IsAdministrator ? await db.PartnerOptionsAsync(ct) : [], partnerId));

    private sealed record StoredRow(int Row, Dictionary<string, string> Values);

    private sealed record StoredSheet(List<StoredRow> Rows, List<string> Headers);
}
