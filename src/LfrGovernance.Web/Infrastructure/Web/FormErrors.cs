using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LfrGovernance.Web.Infrastructure.Web;

/// <summary>Reads validation errors for GOV.UK form markup: the message beside a field, and the error summary's list.</summary>
public static class FormErrors
{
    /// <summary>The first error for a field, or null.</summary>
    public static string? For(ModelStateDictionary modelState, string key)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        return modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? Text(entry.Errors[0]) : null;
    }

    /// <summary>Every error, each with the id of the field it links to: the field's own (its key with dots as
    /// underscores) or, for errors about the whole form, <paramref name="formAnchor"/>. Whole-form errors come first.</summary>
    public static IReadOnlyList<(string Anchor, string Message)> All(ModelStateDictionary modelState, string formAnchor)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        return modelState
            .Where(entry => entry.Value is { Errors.Count: > 0 })
            .OrderBy(entry => entry.Key.Length == 0 ? 0 : 1)
            .SelectMany(entry => entry.Value!.Errors.Select(error =>
                (entry.Key.Length == 0 ? formAnchor : Anchor(entry.Key), Text(error))))
            .ToList();
    }

    /// <summary>The id a field's input carries: its name with dots as underscores, as ASP.NET Core writes it.</summary>
    public static string Anchor(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Replace('.', '_');
    }

    private static string Text(ModelError error) =>
        string.IsNullOrEmpty(error.ErrorMessage) ? "Check this answer" : error.ErrorMessage;
}
