using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Score.Web.Localization;

/// <summary>
/// Browsers submit &lt;input type="number"&gt; with a dot as decimal mark whatever the page's
/// language, but MVC reads numbers in the request culture, where Indonesian takes the dot for a
/// thousands separator and turns 12.5 into 125. Decimals are read with a dot, or a comma when a
/// user typed one, and never with a thousands separator.
/// </summary>
public sealed class InvariantDecimalModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (result == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }
        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
        var text = result.FirstValue?.Trim();
        var type = Nullable.GetUnderlyingType(bindingContext.ModelType) ?? bindingContext.ModelType;
        if (string.IsNullOrEmpty(text))
        {
            if (type == bindingContext.ModelType)
            {
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName,
                    bindingContext.ModelMetadata.ModelBindingMessageProvider.ValueMustNotBeNullAccessor(text ?? ""));
            }
            else
            {
                bindingContext.Result = ModelBindingResult.Success(null);
            }
            return Task.CompletedTask;
        }
        var normalized = text.Contains('.', StringComparison.Ordinal) ? text : text.Replace(',', '.');
        const NumberStyles styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;
        object? value = type == typeof(decimal)
            ? decimal.TryParse(normalized, styles, CultureInfo.InvariantCulture, out var d) ? d : null
            : double.TryParse(normalized, styles, CultureInfo.InvariantCulture, out var f) ? f : null;
        if (value is null)
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName,
                bindingContext.ModelMetadata.ModelBindingMessageProvider.AttemptedValueIsInvalidAccessor(text, bindingContext.ModelMetadata.GetDisplayName()));
            return Task.CompletedTask;
        }
        bindingContext.Result = ModelBindingResult.Success(value);
        return Task.CompletedTask;
    }
}

public sealed class InvariantDecimalModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var type = Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType;
        return type == typeof(decimal) || type == typeof(double) ? new InvariantDecimalModelBinder() : null;
    }
}
