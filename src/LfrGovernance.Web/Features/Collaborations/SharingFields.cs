using System.ComponentModel.DataAnnotations;
using System.Globalization;
using LfrGovernance.Core.Collaborations;
using LfrGovernance.Web.Infrastructure.Forms;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LfrGovernance.Web.Features.Collaborations;

/// <summary>An image sharing's fields as people see them, and the form that adding and changing one share. A
/// sharing is its own record (with its own history) shown on its collaboration's page.</summary>
public sealed class SharingFields : RecordFields
{
    public static readonly SharingFields Instance = new();

    /// <summary>How the shared retire and reinstate pages name a sharing. Its own address sends the user to the
    /// collaboration's page.</summary>
    public static readonly RecordKind<ImageSharing> Kind = new("image sharing", "image sharings", "/collaborations/sharings",
        s => s.SourceDataset, Instance);

    public static readonly IReadOnlyList<ImageSharingDirection> Directions = Enum.GetValues<ImageSharingDirection>();

    private static readonly Dictionary<string, string> LabelsByField = new(
    [
        new(nameof(ImageSharing.SharedOn), "Date shared"),
        new(nameof(ImageSharing.Direction), "Direction"),
        new(nameof(ImageSharing.ImageCount), "Number of images"),
        new(nameof(ImageSharing.SourceDataset), "Source dataset"),
        new(nameof(ImageSharing.Purposes), "Purposes"),
        new(nameof(ImageSharing.LegalBasis), "Legal basis"),
        new(nameof(ImageSharing.SecurityProtocol), "Security and handling protocol"),
        .. Common,
    ], StringComparer.Ordinal);

    protected override IReadOnlyDictionary<string, string> Labels => LabelsByField;

    public static string DirectionName(ImageSharingDirection direction) => direction switch
    {
        ImageSharingDirection.ForceToPartner => "From the force to the organisation",
        ImageSharingDirection.PartnerToForce => "From the organisation to the force",
        _ => direction.ToString(),
    };

    public override string Display(string field, string? stored) =>
        field == nameof(ImageSharing.Direction) && Enum.TryParse<ImageSharingDirection>(stored, out var direction)
            ? DirectionName(direction)
            : base.Display(field, stored);

    public class Form
    {
        public DateInput SharedOn { get; set; } = new();

        [Required(ErrorMessage = "Select who gave the images to whom")]
        public ImageSharingDirection? Direction { get; set; }

        public string? ImageCount { get; set; }

        [StringLength(Collaboration.ShortTextLength * 2, ErrorMessage = "Source dataset must be 400 characters or fewer")]
        public string? SourceDataset { get; set; }

        [StringLength(Collaboration.MediumTextLength, ErrorMessage = "Purposes must be 2,000 characters or fewer")]
        public string? Purposes { get; set; }

        [StringLength(Collaboration.MediumTextLength, ErrorMessage = "Legal basis must be 2,000 characters or fewer")]
        public string? LegalBasis { get; set; }

        [StringLength(Collaboration.MediumTextLength, ErrorMessage = "The protocol must be 2,000 characters or fewer")]
        public string? SecurityProtocol { get; set; }

        public void LoadFrom(ImageSharing sharing)
        {
            ArgumentNullException.ThrowIfNull(sharing);
            SharedOn = DateInput.From(sharing.SharedOn);
            Direction = sharing.Direction;
            ImageCount = sharing.ImageCount.ToString(CultureInfo.InvariantCulture);
            SourceDataset = sharing.SourceDataset;
            Purposes = sharing.Purposes;
            LegalBasis = sharing.LegalBasis;
            SecurityProtocol = sharing.SecurityProtocol;
        }

        /// <summary>Writes the form into <paramref name="sharing"/>, adding any value that cannot be read and any
        /// broken rule (within <paramref name="collaboration"/>) to <paramref name="modelState"/>.</summary>
        public void Read(ImageSharing sharing, Collaboration collaboration, ModelStateDictionary modelState)
        {
            ArgumentNullException.ThrowIfNull(sharing);
            ArgumentNullException.ThrowIfNull(collaboration);
            ArgumentNullException.ThrowIfNull(modelState);
            var on = SharedOn.ReadDay(modelState, "Input.SharedOn", "the date the images were shared", required: true);
            var count = NumberInput.ReadCount(ImageCount, modelState, "Input.ImageCount", "the number of images", required: true);
            if (on is null || count is null || Direction is null)
            {
                // Text fields are still checked below, so every problem shows at once.
                sharing.ImageCount = 1;
            }
            else
            {
                sharing.SharedOn = on.Value;
                sharing.Direction = Direction.Value;
                sharing.ImageCount = (int)count.Value;
            }
            sharing.SourceDataset = Blank(SourceDataset) ?? string.Empty;
            sharing.Purposes = Blank(Purposes) ?? string.Empty;
            sharing.LegalBasis = Blank(LegalBasis) ?? string.Empty;
            sharing.SecurityProtocol = Blank(SecurityProtocol);
            foreach (var breach in CollaborationRules.Check(sharing, collaboration))
            {
                if (breach.Field != nameof(ImageSharing.SharedOn) || on is not null)
                {
                    modelState.AddModelError("Input." + breach.Field, breach.Message);
                }
            }
        }

        public string? Entered(string field) => field switch
        {
            nameof(ImageSharing.ImageCount) => Blank(ImageCount),
            nameof(ImageSharing.Direction) => Direction is { } d ? DirectionName(d) : null,
            nameof(ImageSharing.SourceDataset) => Blank(SourceDataset),
            nameof(ImageSharing.Purposes) => Blank(Purposes),
            nameof(ImageSharing.LegalBasis) => Blank(LegalBasis),
            nameof(ImageSharing.SecurityProtocol) => Blank(SecurityProtocol) ?? "Not set",
            _ => null,
        };

        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
