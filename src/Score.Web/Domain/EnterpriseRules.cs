using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace Score.Web.Domain;

/// <summary>A rule broken by a value: the field it is about (the form's property name) and the message key.</summary>
public sealed record RuleBreak(string Field, string MessageKey);

/// <summary>
/// What an enterprise and its people must satisfy, whether typed in the form or read from an
/// import file: both call these, so a value refused in one is refused in the other with the same message.
/// </summary>
public static partial class EnterpriseRules
{
    public const string NibPattern = @"^\s*\d{13}\s*$";
    public const string PhonePattern = @"^[0-9+()\-\s]*$";

    public const int NameMaxLength = 200;
    public const int AddressMaxLength = 500;
    public const int PhoneMaxLength = 40;
    public const int EmailMaxLength = 256;
    public const int NotesMaxLength = 4000;

    public const int EarliestYearFounded = 1900;
    public const int LatestYearFounded = 2100;
    public const int MaxWorkers = 100_000;

    public const double LatitudeMin = -11.5;
    public const double LatitudeMax = 6.5;
    public const double LongitudeMin = 94.0;
    public const double LongitudeMax = 141.5;

    public const string NibFormatKey = "Enterprise.NibFormat";
    public const string PhoneKey = "Validation.Phone";
    public const string EmailKey = "Validation.Email";

    public static bool IsNib(string? nib) => nib is null || NibRegex().IsMatch(nib);

    public static bool IsPhone(string? phone) => phone is null || PhoneRegex().IsMatch(phone);

    /// <summary>The same test as the form's email attribute, so the import accepts exactly what the form accepts.</summary>
    public static bool IsEmail(string? email) => email is null || new EmailAddressAttribute().IsValid(email);

    /// <summary>The rules that span fields: a workforce, a founding year not ahead of us, a location inside Indonesia given as a pair.</summary>
    public static List<RuleBreak> Check(EnterpriseFacts enterprise, int currentYear)
    {
        var broken = new List<RuleBreak>();
        if (enterprise.WorkersWomen + enterprise.WorkersMen is 0)
        {
            broken.Add(new(nameof(EnterpriseFacts.WorkersMen), "Enterprise.NoWorkers"));
        }
        if (enterprise.YearFounded > currentYear)
        {
            broken.Add(new(nameof(EnterpriseFacts.YearFounded), "Enterprise.YearInFuture"));
        }
        var hasLatitude = !string.IsNullOrWhiteSpace(enterprise.Latitude);
        var hasLongitude = !string.IsNullOrWhiteSpace(enterprise.Longitude);
        if (hasLatitude && Coordinates.Parse(enterprise.Latitude) is not (>= LatitudeMin and <= LatitudeMax))
        {
            broken.Add(new(nameof(EnterpriseFacts.Latitude), "Enterprise.LatitudeRange"));
        }
        if (hasLongitude && Coordinates.Parse(enterprise.Longitude) is not (>= LongitudeMin and <= LongitudeMax))
        {
            broken.Add(new(nameof(EnterpriseFacts.Longitude), "Enterprise.LongitudeRange"));
        }
        if (hasLatitude != hasLongitude)
        {
            broken.Add(new(hasLatitude ? nameof(EnterpriseFacts.Longitude) : nameof(EnterpriseFacts.Latitude), "Enterprise.LocationPair"));
        }
        return broken;
    }

    /// <summary>A regency, when given, must lie in the chosen province.</summary>
    public static RuleBreak? CheckRegency(string? regencyCode, string? regencyProvince, string? provinceCode) =>
        !string.IsNullOrEmpty(regencyCode) && regencyProvince != provinceCode
            ? new RuleBreak("RegencyCode", "Enterprise.RegencyNotInProvince")
            : null;

    /// <summary>A person's contact details, the same in the person form and the import.</summary>
    public static List<RuleBreak> CheckContact(string? phone, string? email)
    {
        var broken = new List<RuleBreak>();
        if (!IsPhone(phone))
        {
            broken.Add(new("Phone", PhoneKey));
        }
        if (!IsEmail(email))
        {
            broken.Add(new("Email", EmailKey));
        }
        return broken;
    }

    [GeneratedRegex(NibPattern)]
    private static partial Regex NibRegex();

    [GeneratedRegex(PhonePattern)]
    private static partial Regex PhoneRegex();
}

/// <summary>The values the cross-field rules read; coordinates as typed (text), since both a dot and a comma are accepted.</summary>
public sealed record EnterpriseFacts(int? YearFounded, int? WorkersWomen, int? WorkersMen, string? Latitude, string? Longitude);
