using LfrGovernance.Core.Foi;
using LfrGovernance.Web.Infrastructure.Register;

namespace LfrGovernance.Web.Features.BankHolidays;

/// <summary>A one-off bank holiday's fields as people see them.</summary>
public sealed class BankHolidayFields : RecordFields
{
    public static readonly BankHolidayFields Instance = new();

    public static readonly RecordKind<OneOffBankHoliday> Kind = new("one-off bank holiday", "one-off bank holidays", "/administration/bank-holidays",
        h => h.Name, Instance);

    /// <summary>The nations a holiday can be kept in, one by one.</summary>
    public static readonly IReadOnlyList<UkNation> Nations = [UkNation.EnglandAndWales, UkNation.Scotland, UkNation.NorthernIreland];

    private static readonly Dictionary<string, string> LabelsByField = new(
    [
        new(nameof(OneOffBankHoliday.Date), "Date"),
        new(nameof(OneOffBankHoliday.Name), "Name"),
        new(nameof(OneOffBankHoliday.Nations), "Kept in"),
        .. Common,
    ], StringComparer.Ordinal);

    protected override IReadOnlyDictionary<string, string> Labels => LabelsByField;

    public static string NationName(UkNation nation) => nation switch
    {
        UkNation.EnglandAndWales => "England and Wales",
        UkNation.NorthernIreland => "Northern Ireland",
        _ => nation.ToString(),
    };

    public override string Display(string field, string? stored) =>
        field == nameof(OneOffBankHoliday.Nations) && Enum.TryParse<UkNation>(stored, out var nations)
            ? nations.Describe()
            : base.Display(field, stored);
}
