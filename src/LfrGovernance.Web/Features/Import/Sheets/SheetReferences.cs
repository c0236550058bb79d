using System.Globalization;
using LfrGovernance.Core.Organisations;
using LfrGovernance.Core.People;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Systems;

namespace LfrGovernance.Web.Features.Import.Sheets;

/// <summary>The records sheets refer to by name, read once per sheet, and the small conversions from a cell's value
/// to the text a form reads.</summary>
internal static class SheetReferences
{
    public static Task<RecordNames<Organisation>> OrganisationsAsync(GovernanceDbContext db, CancellationToken cancellationToken) =>
        RecordNames<Organisation>.LoadAsync(db.Organisations, o => new NamedRecord(o.Id, o.Name, o.RetiredAt != null), "organisation", "Organisations", cancellationToken);

    public static Task<RecordNames<Person>> PeopleAsync(GovernanceDbContext db, CancellationToken cancellationToken) =>
        RecordNames<Person>.LoadAsync(db.People, p => new NamedRecord(p.Id, p.Name, p.RetiredAt != null, p.CollarOrWarrantNumber), "person", "People",
            cancellationToken);

    public static Task<RecordNames<FacialRecognitionSystem>> SystemsAsync(GovernanceDbContext db, CancellationToken cancellationToken) =>
        RecordNames<FacialRecognitionSystem>.LoadAsync(db.Systems, s => new NamedRecord(s.Id, s.Name, s.RetiredAt != null, null), "system", "Systems",
            cancellationToken);

    /// <summary>A decimal as a form's text box holds it (never in exponent form).</summary>
    public static string? DecimalForForm(double? value) => value?.ToString("0.###############", CultureInfo.InvariantCulture);

    /// <summary>A count as a form's text box holds it.</summary>
    public static string? CountForForm(long? value) => value?.ToString(CultureInfo.InvariantCulture);
}
