using System.Security.Cryptography;
using Score.Web.Domain;
using Score.Web.Features.Users;

namespace Score.Web.Tools;

/// <summary>
/// The first administrator of a new installation, made from the command line: there is no
/// self-registration, and in Production no demo accounts. The password is random, shown once,
/// and must be changed at the first sign-in.
/// </summary>
public static class FirstAdministrator
{
    private const string Lower = "abcdefghijkmnpqrstuvwxyz", Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", Digits = "23456789";

    public static async Task<(string? Password, IReadOnlyList<string> Errors)> CreateAsync(IServiceProvider services, string email, string fullName)
    {
        var password = NewPassword();
        var errors = await services.GetRequiredService<UserAdministration>().CreateAsync(
            new CreateUserForm { Email = email, FullName = fullName, Role = Roles.Administrator, TemporaryPassword = password }, CancellationToken.None);
        return errors.Count == 0 ? (password, []) : (null, [.. errors.Select(e => e.Message)]);
    }

    /// <summary>16 characters with lower and upper case letters and digits, none that read alike.</summary>
    private static string NewPassword()
    {
        var characters = RandomNumberGenerator.GetItems<char>(Lower + Upper + Digits, 13).ToList();
        characters.Add(RandomNumberGenerator.GetItems<char>(Lower, 1)[0]);
        characters.Add(RandomNumberGenerator.GetItems<char>(Upper, 1)[0]);
        characters.Add(RandomNumberGenerator.GetItems<char>(Digits, 1)[0]);
        var array = characters.ToArray();
        RandomNumberGenerator.Shuffle(array.AsSpan());
        return new string(array);
    }
}
