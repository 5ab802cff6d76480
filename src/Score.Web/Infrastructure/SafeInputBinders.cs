using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using Score.Web.Localization;

namespace Score.Web.Infrastructure;

/// <summary>
/// Text with control characters (NUL and the other C0 codes but tab and line breaks) never reaches
/// the database, which refuses NUL: they are removed, and the field says so, so the user checks
/// what is left before saving it. Places that ignore validation (filters, searches) get the cleaned text.
/// </summary>
public sealed class CleanTextModelBinder(ILoggerFactory loggers) : IModelBinder
{
    private readonly SimpleTypeModelBinder inner = new(typeof(string), loggers);

    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        await inner.BindModelAsync(bindingContext);
        if (bindingContext.Result is not { IsModelSet: true, Model: string text } || !HasControlCharacters(text))
        {
            return;
        }
        var cleaned = WithoutControlCharacters(text);
        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, cleaned, cleaned);
        bindingContext.ModelState.TryAddModelError(bindingContext.ModelName,
            Text.Localizer["Validation.ControlCharacters", bindingContext.ModelMetadata.GetDisplayName()]);
        bindingContext.Result = ModelBindingResult.Success(cleaned);
    }

    public static bool HasControlCharacters(string text) => text.Any(IsRefused);

    public static string WithoutControlCharacters(string text) => string.Concat(text.Where(c => !IsRefused(c)));

    private static bool IsRefused(char c) => c < ' ' && c is not ('\t' or '\n' or '\r');
}

/// <summary>
/// A yes/no field posted with anything but true/false is an invalid value at its field, and the
/// form shows it unticked; MVC's own binder leaves the text for the checkbox, which then fails to render.
/// </summary>
public sealed class SafeBooleanModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (result == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }
        var text = result.FirstValue?.Trim();
        if (string.IsNullOrEmpty(text) && Nullable.GetUnderlyingType(bindingContext.ModelType) is not null)
        {
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
            bindingContext.Result = ModelBindingResult.Success(null);
        }
        else if (bool.TryParse(text, out var value))
        {
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
            bindingContext.Result = ModelBindingResult.Success(value);
        }
        else
        {
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, false, "false");
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName,
                bindingContext.ModelMetadata.ModelBindingMessageProvider.AttemptedValueIsInvalidAccessor(
                    CleanTextModelBinder.WithoutControlCharacters(text ?? ""), bindingContext.ModelMetadata.GetDisplayName()));
        }
        return Task.CompletedTask;
    }
}

public sealed class SafeInputModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var type = context.Metadata.ModelType;
        if (type == typeof(string) && context.BindingInfo.BindingSource is null or { IsGreedy: false })
        {
            return new CleanTextModelBinder(context.Services.GetRequiredService<ILoggerFactory>());
        }
        return type == typeof(bool) || type == typeof(bool?) ? new SafeBooleanModelBinder() : null;
    }
}
