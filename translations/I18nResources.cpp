// The catalogues of this library are embedded by qt_add_resources as resources (:/i18n);
// this translation unit only gives the static library something to be built from.
namespace legcare::i18n {
extern const int kI18nResourceMarker;
const int kI18nResourceMarker = 0;
} // namespace legcare::i18n
