using System.Globalization;

namespace LfrGovernance.Web.Infrastructure.Register;

/// <summary>The "view the register as at a past date" switch: an instant kept in a cookie. While it is set, pages
/// read records as they stood then (through <c>RegisterAsOf</c>) and nothing can be changed.</summary>
public static class RegisterAsAt
{
    public const string CookieName = "LfrGovernance.AsAt";

    private const string Format = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <summary>The instant (UTC) the user is viewing the register at, or null for the current register.</summary>
    public static DateTime? Read(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Cookies.TryGetValue(CookieName, out var value)
            && DateTime.TryParseExact(value, Format, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant)
            ? DateTime.SpecifyKind(instant, DateTimeKind.Utc)
            : null;
    }

    /// <summary>Sets the switch for the rest of the browser session.</summary>
    public static void Set(HttpResponse response, DateTime instantUtc, bool secure)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Cookies.Append(CookieName, instantUtc.ToString(Format, CultureInfo.InvariantCulture), Options(secure));
    }

    /// <summary>Goes back to the current register.</summary>
    public static void Clear(HttpResponse response, bool secure)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Cookies.Delete(CookieName, Options(secure));
    }

    private static CookieOptions Options(bool secure) => new()
    {
        HttpOnly = true,
        Secure = secure,
        SameSite = SameSiteMode.Strict,
        Path = "/",
        IsEssential = true,
    };
}
