using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Score.Web.Localization;

/// <summary>
/// The app's strings for code that runs outside dependency injection (model-binding messages,
/// Identity errors). It reads the current UI culture on each lookup, like the injected localizer.
/// </summary>
public static class Text
{
    public static IStringLocalizer Localizer { get; } =
        new ResourceManagerStringLocalizerFactory(
                Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }),
                NullLoggerFactory.Instance)
            .Create(typeof(SharedResource));
}

/// <summary>Identity's password and account messages in the user's language.</summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<SharedResource> text) : IdentityErrorDescriber
{
    private IdentityError Error(string code, params object[] args) =>
        new() { Code = code, Description = text["Identity." + code, args] };

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), length);
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit));
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower));
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper));
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric));
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), uniqueChars);
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch));
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), email);
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateEmail), userName);
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), email ?? "");
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidEmail), userName ?? "");
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure));
}

/// <summary>A string in both languages at once, for documents that print both (certificates).</summary>
public static class BothLanguages
{
    public static Documents.Bilingual Get(string key, params object[] args)
    {
        var before = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = Cultures.Create(Cultures.Indonesian);
            var indonesian = Text.Localizer[key, args].Value;
            System.Globalization.CultureInfo.CurrentUICulture = Cultures.Create(Cultures.English);
            return new(indonesian, Text.Localizer[key, args].Value);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = before;
        }
    }
}
