#pragma once

namespace dpdesk::wire_error {

// Error codes of the JSON wire format. Error::field holds the JSON path of
// the offending value ("applicants[1].dateOfBirth", 0-based indexes), empty
// for errors about the document as a whole.

// The document (StrictJson.h).
inline constexpr char Malformed[] = "json.malformed"; // syntax, invalid UTF-8, duplicate key, lone surrogate
inline constexpr char TooDeep[] = "json.too_deep"; // nesting over JsonLimits::maxDepth
inline constexpr char TooLarge[] = "json.too_large"; // over JsonLimits::maxBytes
inline constexpr char NotObject[] = "json.not_object"; // the top level is not an object

// Fields (FieldReader.h).
inline constexpr char MissingField[] = "json.missing_field";
inline constexpr char UnknownField[] = "json.unknown_field";
inline constexpr char WrongType[] = "json.wrong_type"; // includes null where a value is required
inline constexpr char InvalidEnum[] = "json.invalid_enum"; // the message lists the allowed values
inline constexpr char InvalidDate[] =
    "json.invalid_date"; // dates "YYYY-MM-DD", times "YYYY-MM-DDTHH:MM:SS[.fff]Z"
inline constexpr char InvalidValue[] = "json.invalid_value"; // empty, whitespace, control characters, shape
inline constexpr char TooLong[] = "json.too_long"; // a string over its length limit
inline constexpr char OutOfRange[] = "json.out_of_range"; // a number or date outside its range
inline constexpr char InvalidCount[] = "json.invalid_count"; // an array with too few or too many items

// Rules checked while decoding a request.
inline constexpr char TooYoung[] = "applicant.too_young"; // under kMinimumApplicantAge (Age.h)

} // namespace dpdesk::wire_error
