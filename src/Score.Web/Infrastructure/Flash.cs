using Microsoft.AspNetCore.Mvc;

namespace Score.Web.Infrastructure;

public enum FlashKind
{
    Success,
    Info,
    Warning,
    Danger,
}

/// <summary>A one-time message shown at the top of the next page after an action (post/redirect/get).</summary>
public static class FlashExtensions
{
    public const string KindKey = "flash.kind";
    public const string MessageKey = "flash.message";

    public static void Flash(this Controller controller, FlashKind kind, string message)
    {
        controller.TempData[KindKey] = kind.ToString().ToLowerInvariant();
        controller.TempData[MessageKey] = message;
    }
}
