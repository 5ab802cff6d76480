using System.Security.Cryptography;
using System.Text;

namespace Score.Web.Features.Certificates;

/// <summary>Serial numbers people read and random codes that cannot be guessed.</summary>
public static class CertificateCodes
{
    /// <summary>Crockford's base 32: no I, L, O or U, so a code read aloud or retyped stays right.</summary>
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>20 characters of 5 bits: 100 random bits.</summary>
    public const int CodeLength = 20;

    /// <summary>Where anyone checks a certificate: the address printed under its QR code.</summary>
    public static string VerificationAddress(string publicBaseUrl) => publicBaseUrl.TrimEnd('/') + "/verify/";

    public static string NewVerificationCode() => RandomNumberGenerator.GetString(Alphabet, CodeLength);

    /// <summary>A code as typed back: case and separators ignored, confusable letters mapped.</summary>
    public static string Normalise(string code)
    {
        var builder = new StringBuilder(code.Length);
        foreach (var c in code.ToUpperInvariant())
        {
            var mapped = c switch
            {
                'O' => '0',
                'I' or 'L' => '1',
                _ => c,
            };
            if (Alphabet.Contains(mapped, StringComparison.Ordinal))
            {
                builder.Append(mapped);
            }
        }
        return builder.ToString();
    }

    /// <summary>SCORE-2026-BEDO-00042: the partner's short name in capitals, letters and digits only.</summary>
    public static string Serial(int year, string partnerShortName, int sequence)
    {
        var code = new string([.. partnerShortName.ToUpperInvariant().Where(char.IsAsciiLetterOrDigit)]);
        return $"SCORE-{year}-{(code.Length == 0 ? "P" : code)}-{sequence:D5}";
    }
}
