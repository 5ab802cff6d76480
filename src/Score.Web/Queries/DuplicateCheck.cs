using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Score.Web.Data;

namespace Score.Web.Queries;

public enum NibOwner
{
    Free,
    ThisPartner,
    AnotherPartner,
    Deleted,
}

/// <summary>A possible duplicate; the name is given only when it belongs to the user's own partner.</summary>
public sealed record SimilarEnterprise(int? Id, string? Name);

/// <summary>
/// Finds the same enterprise or person registered twice, including across partners, without
/// revealing more of another partner's record than that it exists.
/// </summary>
public sealed class DuplicateCheck(ScoreDbContext db)
{
    public async Task<(NibOwner Owner, int? EnterpriseId, string? Name)> NibOwnerAsync(string nib, int partnerId, int excludingId, CancellationToken ct)
    {
        var holder = await db.Enterprises.Where(e => e.Nib == nib && e.Id != excludingId)
            .Select(e => new { e.Id, e.Name, e.PartnerId, e.DeletedAt })
            .FirstOrDefaultAsync(ct);
        return holder switch
        {
            null => (NibOwner.Free, null, null),
            { DeletedAt: not null } => (NibOwner.Deleted, null, null),
            _ when holder.PartnerId == partnerId => (NibOwner.ThisPartner, holder.Id, holder.Name),
            _ => (NibOwner.AnotherPartner, null, null),
        };
    }

    /// <summary>Enterprises in the same regency or city whose names are nearly the same.</summary>
    public async Task<IReadOnlyList<SimilarEnterprise>> SimilarNamesAsync(
        string name, string? regencyCode, int partnerId, int excludingId, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(regencyCode))
        {
            return [];
        }
        var target = NormalizedName(name);
        // One regency holds at most a few hundred registered enterprises: compare them here.
        var candidates = await db.Enterprises
            .Where(e => e.RegencyCode == regencyCode && e.Id != excludingId && e.DeletedAt == null)
            .Select(e => new { e.Id, e.Name, e.PartnerId })
            .ToListAsync(ct);
        return candidates
            .Where(c => AreSimilar(target, NormalizedName(c.Name)))
            .Select(c => c.PartnerId == partnerId ? new SimilarEnterprise(c.Id, c.Name) : new SimilarEnterprise(null, null))
            .ToList();
    }

    public Task<bool> SamePersonExistsAsync(int enterpriseId, string fullName, string? phone, int excludingId, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return Task.FromResult(false);
        }
        var name = SearchPattern.Escape(fullName.Trim());
        var digits = DigitsOf(phone);
        return db.People.AnyAsync(p => p.EnterpriseId == enterpriseId && p.Id != excludingId
                                       && EF.Functions.ILike(p.FullName, name, SearchPattern.EscapeCharacter)
                                       && p.Phone != null && p.Phone.Replace(" ", "").Replace("-", "") == digits, ct);
    }

    /// <summary>Of the people about to be added, the names already registered in the enterprise with the same phone: one query for the whole batch.</summary>
    public async Task<List<string>> SamePeopleAsync(int enterpriseId, IEnumerable<(string FullName, string? Phone)> people, CancellationToken ct)
    {
        var withPhone = people.Where(p => !string.IsNullOrWhiteSpace(p.Phone)).ToList();
        if (withPhone.Count == 0)
        {
            return [];
        }
        var existing = await db.People.Where(p => p.EnterpriseId == enterpriseId && p.Phone != null)
            .Select(p => new { p.FullName, p.Phone }).ToListAsync(ct);
        return withPhone
            .Where(n => existing.Any(e => string.Equals(e.FullName.Trim(), n.FullName.Trim(), StringComparison.OrdinalIgnoreCase)
                                          && DigitsOf(e.Phone!) == DigitsOf(n.Phone!)))
            .Select(n => n.FullName.Trim())
            .ToList();
    }

    public static string DigitsOf(string phone) =>
        phone.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);

    private static readonly string[] LegalWords = ["pt", "cv", "ud", "koperasi", "tbk", "persero", "kop"];

    /// <summary>Lower case, no legal form, no punctuation, single spaces: "PT. Maju Jaya" → "maju jaya".</summary>
    public static string NormalizedName(string name)
    {
        var letters = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture))
        {
            letters.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }
        return string.Join(' ', letters.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !LegalWords.Contains(w)));
    }

    /// <summary>Equal, or at most one edit in eight characters apart.</summary>
    public static bool AreSimilar(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }
        if (a == b)
        {
            return true;
        }
        var allowed = Math.Max(1, Math.Max(a.Length, b.Length) / 8);
        return Math.Abs(a.Length - b.Length) <= allowed && Distance(a, b) <= allowed;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
