// MiniGoLexer.g4: the tokens of minigo, which are exactly Go's (https://go.dev/ref/spec#Lexical_elements).
//
// The lexer runs over the source *bytes* (frontend/token_source.cpp feeds each byte as one
// character), so token start/stop indices are byte offsets and columns are byte columns, as Go
// reports them. Bytes >= 0x80 (parts of UTF-8 sequences, which can only occur in identifiers,
// strings, runes and comments) are presented as U+0001, and the other control characters but
// tab, newline and carriage return as U+0002: every character the lexer sees is then ASCII,
// which ANTLR's lexer DFA caches (it simulates the ATN for every character above 127). The
// token source checks UTF-8, NUL bytes and which non-ASCII characters are letters.
//
// Newlines and comments go to the hidden channel: the token source (frontend/token_source.h)
// turns a newline that follows an identifier, literal, `break continue fallthrough return`, or
// `++ -- ) ] }` into a `;` token (Go's automatic semicolon insertion), then drops them.
//
// Malformed input never makes the lexer fail: unterminated literals and comments and stray
// characters become dedicated tokens that the token source reports as located errors.
lexer grammar MiniGoLexer;

// BODY_LBRACE is never produced by the lexer: the token source gives this type to the `{` that
// opens the body of an if, for or switch statement, deciding it as Go's parser does (see
// frontend/token_source.h). This is how the grammar implements Go's rule that a composite
// literal with a bare type name needs parentheses in a statement header (`if x == T{} {`),
// and it keeps every decision between a block and a composite literal to one token.
tokens { BODY_LBRACE }

// Keywords (https://go.dev/ref/spec#Keywords)
BREAK       : 'break';
CASE        : 'case';
CHAN        : 'chan';
CONST       : 'const';
CONTINUE    : 'continue';
DEFAULT     : 'default';
DEFER       : 'defer';
ELSE        : 'else';
FALLTHROUGH : 'fallthrough';
FOR         : 'for';
FUNC        : 'func';
GO          : 'go';
GOTO        : 'goto';
IF          : 'if';
IMPORT      : 'import';
INTERFACE   : 'interface';
MAP         : 'map';
PACKAGE     : 'package';
RANGE       : 'range';
RETURN      : 'return';
SELECT      : 'select';
STRUCT      : 'struct';
SWITCH      : 'switch';
TYPE        : 'type';
VAR         : 'var';

// identifier = letter { letter | unicode_digit } .
// Any byte >= 0x80 (U+0001 here) is accepted as part of a letter; the token source checks
// non-ASCII identifiers.
IDENTIFIER : LETTER (LETTER | [0-9])*;

// Operators and punctuation (https://go.dev/ref/spec#Operators_and_punctuation)
ADD_ASSIGN     : '+=';
SUB_ASSIGN     : '-=';
MUL_ASSIGN     : '*=';
DIV_ASSIGN     : '/=';
MOD_ASSIGN     : '%=';
AND_ASSIGN     : '&=';
OR_ASSIGN      : '|=';
XOR_ASSIGN     : '^=';
SHL_ASSIGN     : '<<=';
SHR_ASSIGN     : '>>=';
AND_NOT_ASSIGN : '&^=';
LAND           : '&&';
LOR            : '||';
ARROW          : '<-';
INC            : '++';
DEC            : '--';
EQ             : '==';
NE             : '!=';
LE             : '<=';
GE             : '>=';
DEFINE         : ':=';
ELLIPSIS       : '...';
SHL            : '<<';
SHR            : '>>';
AND_NOT        : '&^';
PLUS           : '+';
MINUS          : '-';
STAR           : '*';
DIV            : '/';
MOD            : '%';
AMP            : '&';
OR             : '|';
CARET          : '^';
LT             : '<';
GT             : '>';
ASSIGN         : '=';
NOT            : '!';
TILDE          : '~';
LPAREN         : '(';
RPAREN         : ')';
LBRACK         : '[';
RBRACK         : ']';
LBRACE         : '{';
RBRACE         : '}';
COMMA          : ',';
DOT            : '.';
SEMI           : ';';
COLON          : ':';

// Floating-point literals come before integers so that `1.5` and `1e3` are one token.
// float_lit = decimal_float_lit | hex_float_lit .
FLOAT_LIT
  : DECIMAL_DIGITS '.' DECIMAL_DIGITS? DECIMAL_EXPONENT?
  | DECIMAL_DIGITS DECIMAL_EXPONENT
  | '.' DECIMAL_DIGITS DECIMAL_EXPONENT?
  | '0' [xX] HEX_MANTISSA HEX_EXPONENT
  ;

// imaginary_lit = (decimal_digits | int_lit | float_lit) "i" .
IMAGINARY_LIT : (DECIMAL_DIGITS | INT_LIT_BODY | FLOAT_LIT) 'i';

// int_lit = decimal_lit | binary_lit | octal_lit | hex_lit .
INT_LIT : INT_LIT_BODY;

// rune_lit = "'" ( unicode_value | byte_value ) "'" . The builder checks that the body is
// exactly one character or escape, and that every escape is valid.
RUNE_LIT : '\'' (~['\\\n] | '\\' ~[\n])* '\'';

// string_lit = raw_string_lit | interpreted_string_lit .
RAW_STRING_LIT         : '`' ~'`'* '`';
INTERPRETED_STRING_LIT : '"' (~["\\\n] | '\\' ~[\n])* '"';

// Newlines and comments: hidden, seen by the semicolon-inserting token source.
NEWLINE       : '\n' -> channel(HIDDEN);
WS            : [ \t\r]+ -> skip;
LINE_COMMENT  : '//' ~[\n]* -> channel(HIDDEN);
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN);

// Malformed input, reported by the token source. Each is shorter than the well-formed token
// it could start, so the longest-match rule prefers the well-formed one when it exists.
// INVALID_OCTAL: a legacy octal literal with an 8 or 9 (`09`); reported as Go does.
INVALID_OCTAL           : '0' [0-7_]* [89] [0-9_]*;
UNTERMINATED_RUNE       : '\'' (~['\\\n] | '\\' ~[\n])*;
UNTERMINATED_STRING     : '"' (~["\\\n] | '\\' ~[\n])* '\\'?;
UNTERMINATED_RAW_STRING : '`' ~'`'*;
UNTERMINATED_COMMENT    : '/*' (~'*' | '*'+ ~[*/])* '*'* EOF; // no `*/` up to the end
BAD_CHAR                : .;

fragment LETTER          : [a-zA-Z_\u0001];
fragment DECIMAL_DIGITS  : [0-9] ('_'? [0-9])*;
fragment HEX_DIGITS      : HEX_DIGIT ('_'? HEX_DIGIT)*;
fragment HEX_DIGIT       : [0-9a-fA-F];
fragment INT_LIT_BODY
  : '0' ([0-7] | '_' [0-7])* // "0" and legacy octal 0777
  | [1-9] ('_'? [0-9])*
  | '0' [bB] ('_'? [01])+
  | '0' [oO] ('_'? [0-7])+
  | '0' [xX] ('_'? HEX_DIGIT)+
  ;
fragment DECIMAL_EXPONENT : [eE] [+-]? DECIMAL_DIGITS;
fragment HEX_MANTISSA
  : '_'? HEX_DIGITS '.' HEX_DIGITS?
  | '_'? HEX_DIGITS
  | '.' HEX_DIGITS
  ;
fragment HEX_EXPONENT : [pP] [+-]? DECIMAL_DIGITS;
